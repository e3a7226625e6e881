import datetime, decimal
x, y = 3.14159, 42
name = "Ada"
print(f"{x:.2f} {x:10.3f}| {x:<10}| {y:>8}| {y:^8}| {y:08d} {y:+d} {-y: d}")
print(f"{y:b} {y:o} {y:x} {y:X} {y:#x} {y:#o} {y:#b} {1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{name!r} {name!s} {name!a} {'é'!a} {name:*^11} {name:.2}")
w, p = 12, 3
print(f"{x:{w}.{p}f}|{x:>{w}}|{name:{'<'}{w}}|")
print(f"{x=}, {y = }, {name=!r}, {x=:.1f}, {y * 2=}")
print(f"{'nested ' + f'{y}'}" f" and {{braces}} {{{y}}}")
print(f"{[1, 2][0]} {dict(a=1)['a']} {(lambda q: q * 2)(4)} {y if y > 1 else 0}")
print(f"{0.000012345:e} {12345.678:g} {0.5:%} {1e100:.3g} {float('nan')} {float('-inf'):>6}")
print(f"{True!r:>6} {None} {b'x'} {3+4j}")
d = datetime.date(2024, 2, 29)
print(f"{d:%Y/%m/%d} {d!r} {d}")
print(f"{decimal.Decimal('1.2345'):.2f}")
print(f"{'multi'}"
      f"{'line':>6}")
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
    def __repr__(self): return "F()"
    def __str__(self): return "strF"
print(f"{F()} {F():abc} {F()!r} {F()!s:>6}")
print(format(12.5, "08.2f"), format("s", "^5"), format(255, "#06x"), "{:>{}}".format("r", 4), "{0}{1}{0}".format("a", "b"))
print("%5.1f|%-5d|%s|%r|%x|%%|%c" % (2.25, 7, "s", "r", 255, 65))
print("%(a)s-%(b)03d" % {"a": "A", "b": 5})
for bad in ["{x:d}", "{:>>}", "{y:z}"]:
    try:
        print(bad.format(x=1.5, y=3))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    f"{y:.2s}"
except ValueError as e:
    print(e)
print(f"{-0.0:.1f} {round(2.675, 2)} {1/3:.15g} {2**64:,} {-1234:_x}")
print(f"{'a':{'>'}{5}}", f"{3:{'0'}{4}}")
