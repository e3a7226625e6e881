# f-string and format() specs: fill/align, sign, '#', '0', grouping, conversions,
# nested specs, and the types that implement them differently.
from decimal import Decimal
from fractions import Fraction

vals = [0, 7, -7, 255, -255, 1234567, -1234567, 2**70]
for v in vals:
    print(f"|{v:>12}|{v:<+12}|{v:^12_}|{v:=+12,}|{v:#x}|{v:#o}|{v:#b}|")
    print(f"|{v:012,}|{v: d}|{v:*^+15,}|{v:_x}|{v:#_X}|")

floats = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float("inf"), float("-inf"), float("nan")]
for f in floats:
    print(f"{f!r:>14} {f:10.3f} {f:+.2e} {f:g} {f:.3g} {f:%} {f:,.2f} {f:012.4f} {f:#.0f}")

for spec in ["", "10", "<10", "^10.3", "*>8", ".2", "-^9"]:
    print(repr(format("weft", spec)), repr(format("ñandú", spec)))

width, prec, fill = 14, 4, "~"
x = 3.14159265
print(f"[{x:{fill}^{width}.{prec}f}]")
print(f"[{x:{'>' if x > 3 else '<'}{width}}]")
print(f"[{'nest':{fill}{'^'}{width}}]")

s = "café ☕ \n\t'q\""
print(f"{s!r}")
print(f"{s!a}")
print(f"{s!s:>20}")
print(f"{s = }")
print(f"{x=:.2f} {width=} {fill!r}")
print(f"{{literal}} {x:.{prec - 2}f}")

print(format(True, ">6"), format(True, "d"), format(False, "#x"))
print(format(Decimal("1234.5678"), ",.2f"), format(Decimal("-0.000"), ""), format(Decimal("1e5"), "e"))
print(format(Fraction(1, 3), "") if hasattr(Fraction, "__format__") else str(Fraction(1, 3)))
print(format(3 + 4j, ""), format(complex(1.5, -2), ".1f"), format(1j, ">10"))
print(format(12345.678, "_.1f"), format(0.000123, ".2%"), format(1e16, "n" if False else "g"))
print(format(-1.5, "=+10.2f"), format(65, "c"), format(0x1F600, "c"))
print("%5.1f|%-6d|%+05d|%x|%#o|%e|%G|%c|%r|%s|%%" % (2.25, 42, 7, 255, 8, 12345.6789, 1e-10, 65, "r", None))
print("%(a)s and %(b)05.1f" % {"a": "A", "b": 2.345})
print("%*d|%-*s|%.*f" % (6, 42, 5, "ab", 3, 2.0 / 3))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec.endswith("$"):
            inner = spec[:-1]
            return "$" + format(self.cents / 100, inner or ".2f")
        return format(self.cents, spec)
    def __repr__(self):
        return f"Money({self.cents})"

m = Money(123456)
print(f"{m:,.2f$} {m:>10} {m!r:>15} {m!s:.7}")
for bad in ["{:d}".format, "{:x}".format, "{:,s}".format]:
    for arg in [1.5, "s", 3]:
        try:
            print(bad(arg))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
try:
    format(1, "+s")
except ValueError as e:
    print("ValueError", e)
try:
    f"{1:{'x'}{'y'}}"
except ValueError as e:
    print("ValueError", e)
