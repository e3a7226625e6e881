"""The format-spec mini-language across ints, floats, Decimal and strings."""
from decimal import Decimal
from fractions import Fraction

ints = [0, 7, -42, 255, 1234567, -98765432, 2**64]
int_specs = ["d", "5d", "<6", "^7", ">+8", "=+8", " d", "08d", "_d", ",d", "#x", "#X", "#o", "#b",
             "x", "08b", "*^12,", "_x", "_b", "c", "+#010x", "n", "e", ".2f", "%"]
for spec in int_specs:
    row = []
    for n in ints:
        if spec == "c" and not 0 <= n < 0x110000:
            continue
        try:
            row.append(format(n, spec))
        except (ValueError, OverflowError) as exc:
            row.append(f"!{type(exc).__name__}")
    print(f"{spec!r:>10}: " + "|".join(row))

floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 123456789.0, 1e22, float("inf"), float("-nan")]
float_specs = ["", "f", ".2f", "10.3f", "<10.1f", "+.3e", "E", ".3g", "g", "G", ".0f", "#.0f", "%",
               ".1%", ",.2f", "_.3f", "012.4f", "=+12.2f", ".10g", "#g", "r" if False else ".4", "n"]
for spec in float_specs:
    print(f"{spec!r:>10}: " + "|".join(format(x, spec) for x in floats))

decs = [Decimal("0"), Decimal("-0.00"), Decimal("1.50"), Decimal("12345.6789"), Decimal("1E+3"),
        Decimal("-3.14159"), Decimal("0.000123")]
for spec in ["", "f", ".2f", "10.1f", ",.3f", "e", ".2e", "g", ".3g", "%", "+.1f", "08.2f"]:
    print(f"{spec!r:>8}: " + "|".join(format(d, spec) for d in decs))

words = ["", "a", "weft", "naïve", "ὕδωρ"]
for spec in ["", "5", "<5", ">5", "^6", "*^7", ".2", "-<6.3", "^1"]:
    print(f"{spec!r:>8}: " + "|".join(format(w, spec) for w in words))

print(f"{Fraction(3, 4)!s:>8}|{Fraction(-7, 3)!r}|{str(Fraction(10, 5))}")
print(f"{True:d} {False:>5} {True!r:>6} {None!s:^8}|{None!r}")
width, prec = 12, 3
print(f"[{3.14159:{width}.{prec}f}] [{'x':{'>'}{width}}] [{42:{'0'}{width}_}]")
print(f"{1234.5:,}", f"{-1234.5:_}", f"{12345678:,}", f"{0.000012345:.2e}")
print("{0:>{1}}|{2:{3}{4}}".format("r", 4, 7, "<", 3), "{:%Y}".format(__import__("datetime").date(2024, 5, 1)))
print("%5d|%-5d|%05d|%+d|%x|%#X|%o|%e|%.3g|%10.2f|%-8s|%r|%c|%%" %
      (42, 42, 42, 42, 255, 255, 8, 12345.678, 0.00012345, 3.14159, "hi", "hi", 65))
print("%(name)s is %(age)03d" % {"name": "Bo", "age": 7}, "%s %s" % ("a", [1]), "%5.1s|" % "xyz")

bad = [(1, "z"), (1.5, "d"), ("s", "d"), ("s", "+"), (3, ",s"), (2.0, "c"), (1, ".2d"), ("x", "=5"),
       (Decimal(1), "z"), (1, "_,")]
for value, spec in bad:
    try:
        format(value, spec)
        print("ok?", value, spec)
    except (ValueError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")
for fmt, args in [("%d", ("x",)), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", (1,)), ("%(a)s", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as exc:
        print(f"{type(exc).__name__}: {exc}")
