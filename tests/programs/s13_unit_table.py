"""Unit conversion tables printed with format specs and alignment."""
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_HALF_UP

LENGTH = {"mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": Fraction(1),
          "km": Fraction(1000), "in": Fraction(254, 10000), "ft": Fraction(3048, 10000),
          "yd": Fraction(9144, 10000), "mi": Fraction(1609344, 1000)}
MASS = {"g": Fraction(1, 1000), "kg": Fraction(1), "lb": Fraction(45359237, 10**8),
        "oz": Fraction(45359237, 16 * 10**8), "t": Fraction(1000)}


def convert(value, src, dst, table):
    return Fraction(value) * table[src] / table[dst]


def temp(value, src, dst):
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}
    return from_c[dst](to_c[src](value))


units = list(LENGTH)
print("Length conversion (1 unit in row -> column units)")
print(f"{'':>4}|" + "|".join(f"{u:^12}" for u in units))
print("-" * (5 + 13 * len(units)))
for a in units:
    row = []
    for b in units:
        v = float(convert(1, a, b, LENGTH))
        if v >= 1e5 or v < 1e-3:
            row.append(f"{v:^12.4e}")
        else:
            row.append(f"{v:^12.5g}")
    print(f"{a:>4}|" + "|".join(row))

print()
print("Exact ratios:")
for a, b in [("mi", "km"), ("ft", "in"), ("lb", "oz"), ("oz", "g"), ("yd", "mm")]:
    table = LENGTH if a in LENGTH else MASS
    r = convert(1, a, b, table)
    print(f"  1 {a:<2} = {str(r):>16} {b:<2} ~ {float(r):<14.8f}| {r.numerator:_} / {r.denominator:_}")

print()
print(f"{'C':>8} {'F':>8} {'K':>8}")
for c in range(-40, 121, 20):
    f = temp(c, "C", "F")
    k = temp(c, "C", "K")
    print(f"{c:>8d} {f:>8.1f} {k:>8.2f}")
print(repr(temp(98.6, "F", "C")), repr(temp(0, "K", "F")), temp(-40, "F", "C"))

print()
print("Rounding modes on money:")
amounts = ["2.675", "2.665", "-0.125", "1.005", "10.5", "11.5"]
print(f"{'value':>8} {'half-even':>10} {'half-up':>10} {'round()':>8} {'float':>22}")
for s in amounts:
    d = Decimal(s)
    he = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
    hu = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    print(f"{s:>8} {he!s:>10} {hu!s:>10} {round(float(s), 2)!r:>8} {Decimal(float(s))!s:.22}")

print()
print("Format spec zoo:")
for v in [0.1 + 0.2, 1e16, -0.0, float("inf"), float("nan"), 123456789.125, 2.5e-7]:
    print(f"{v!r:>22} | {v:>12.3g} | {v:+.2e} | {v:%} | {str(v):<8}|")
for n in [0, 7, -255, 2**40, -(2**63)]:
    print(f"{n:>22} | {n:#x} | {n:#o} | {n:#b}"[:70], f"| {n:08d} | {n:^+10,}")
print("%5.1f%% of %s is %-6d|%x" % (12.345, "total", 42, 255))
print("{0:{fill}{align}{width}}|{1:.{prec}f}".format("mid", 3.14159, fill="*", align="^", width=11, prec=3))
print(format(Fraction(1, 3), ""), str(Fraction(-7, 21)), repr(Fraction(6, 4)))
print(round(2.5), round(3.5), round(-2.5), round(1234.5678, -2), round(7, -1), round(15, -1))
print(divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), -7 // 2, -7 % 2, 7 % -3)
