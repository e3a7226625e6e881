"""Every kind of string formatting a report generator might use."""
from decimal import Decimal
from fractions import Fraction
import datetime as dt

values = [0, 1, -1, 7, -42, 255, 1000, 123456789, 2**40, -2**63, True, False]
specs = ["d", "5d", "<5d", "^7d", "=+8d", "+d", " d", ",d", "_d", "x", "#x", "#010x", "X", "#X",
         "o", "#o", "b", "#b", "_b", "08b", "c", "n", "e", ".2e", "f", ".1f", "%", ".0%", "g", "E", "G",
         ",", "_", "*>+12,d", "0=10d", "#_x", "07,d"]
for v in values:
    row = []
    for s in specs:
        if s == "c" and not (0 <= v < 0x110000):
            continue
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}>")
    print(repr(v), "|".join(row))

floats = [0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1e-7, 123456.789, 1e16, 1.23e100, float("inf"), float("-inf"), float("nan"), 2.5, 0.125, 1/3]
fspecs = ["", "f", ".0f", ".2f", "10.3f", "<10.2f", "^12.4e", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%", ",.2f", "_.3f", "+.1f", " .1f", "=+12.3f", "012.3f", "#.0f", "#g", ".0e", "n", ".2", "10", "*^15,.2f", "z.1f" if False else ".1f"]
for v in floats:
    out = []
    for s in fspecs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append(f"<{e}>")
    print(repr(v), "|".join(out))

for c in [1 + 2j, -1.5j, complex(0, 0), complex(1e20, -3)]:
    print(format(c), format(c, ".2f"), format(c, "^20.1e"), format(c, "+g"), f"{c!r:>16}")

for s in ["abc", "", "héllo", "日本語", "a\tb", "🎉x"]:
    print(f"[{s:>8}] [{s:<8}] [{s:^8}] [{s:*^9}] [{s:.2}] [{s:10.1}] [{s!r}] [{s!a}] [{s!r:>12}]")

print("%d %i %o %x %X %e %E %f %F %g %G %c %r %s %a %%" % (42, -3, 8, 255, 255, 1234.5, 0.00012, 3.14159, 2.5, 1e-5, 1e20, 65, "r", "s", "é"))
print("%5d|%-5d|%05d|%+d|% d|%.3d|%5.1f|%-8.3e|%#x|%#o|%.2s|%5s|%-5s|%*d|%-*.*f" % (1, 2, 3, 4, 5, 6, 7.25, 1234.5, 255, 8, "abc", "ab", "ab", 4, 9, 8, 2, 3.14159))
print("%(name)s owes %(amt).2f (%(amt)r)" % {"name": "Zoë", "amt": 12.5}, "%s" % [1, 2], "%s" % ((1, 2),), "%s%%" % 50)
print("%c%c%c" % ("a", 98, 0x1F600), "%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%10.4s|" % "abcdefg", "%x" % -255, "%e" % 0, "%g" % 1e-5, "%g" % 123456789)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if not spec:
            return f"({self.x}, {self.y})"
        return f"({self.x:{spec}}, {self.y:{spec}})"
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1.5, -2)
data = {"p": p, "items": [10, 20], "n": {"k": "v"}}
print("{p} {p:.2f} {p!r} {p!s:>20}".format(p=p))
print("{0[items][1]} {0[n][k]} {0[p].x} {1:{2}{3}}".format(data, 3.14159, ">", 10))
print("{:{w}.{p}f}|{:>{w}}|{!r:^{w}}".format(2.71828, "x", "y", w=9, p=3))
print("{{literal}} {0} {{{0}}}".format("in"), "{0}{0}{1}".format(*"ab"), "{a}-{b}".format_map({"a": 1, "b": 2}))
x, name, items = 42, "Widget", ["a", "b"]
print(f"{x=}", f"{x = }", f"{x=:>6}", f"{name=!s}", f"{items[0]=}", f"{x*2+1=:#x}", f"{name.upper()=}", f"{3.0 * 2 = :.1f}")
print(f"{'nested ' + f'{x:03d}'}", f"{x:{'>'}{10}}", f"{dict(a=1)['a']}", f"{[y for y in range(3)]}", f"{(lambda v: v * 2)(x)}", f"{x!r:>5}{x!s:<5}|")
print(f"{Decimal('1234.5678'):,.2f} {Decimal('-0.5'):+.0f} {Decimal('1e3'):f} {Decimal('12.3'):>10} {Decimal('0.000123'):.2e} {Decimal('3.14159'):%}")
print(f"{Fraction(1, 3)} {Fraction(-7, 2)!s:>8} {float(Fraction(2, 3)):.4f}")
d = dt.datetime(2024, 1, 5, 9, 3, 7)
print(f"{d:%Y-%m-%d %H:%M:%S} {d:%a %b %d} {d:%I%p} {d.date():%d/%m/%y} {d:%%Y} {dt.time(14, 5):%H.%M} {d!r}")
print(f"{1e16:,.0f} {-0.0:.1f} {float('nan'):e} {12345678:_} {'abc':.1} {True:d} {True} {3:.2f} {7:e} {1.0:.0%} {-1e-10:g}")
print(f"{1234.5:n} {0.1 + 0.2} {1.1 * 3} {2 ** 0.5:.20f} {10 ** 21:.3e} {1e21:f} {123.456:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
for bad in ["{:d}".format, "{:,s}".format, "{:=s}".format, "{0:x}".format, "{:%}".format, "{:.2d}".format, "{:#s}".format]:
    for arg in (1.5, "s", 3):
        try:
            bad(arg)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
            break
try:
    "{:>{}}".format("a")
except IndexError as e:
    print("IndexError", e)
try:
    "{0:{1:{2}}}".format(1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    f"{p:badspec}"
except ValueError as e:
    print("ValueError", e)
print(str.format("{} {}", 1, 2), "{!s}".format(b"x"), "{:5}|".format(None) if False else "", format(None, ""), format([1], ""))
