"""String formatting report: f-strings, str.format and % formatting edge cases."""
rows = [
    ("Widget", 1234567.891, 42, -0.5),
    ("Gadget \u00e9t\u00e9", 0.000123456, -7, 1e-10),
    ("Thing", -98765.4321, 0, 12345678901234567890),
    ("", float("inf"), 10**20, float("nan")),
]
print(f"{'name':^14}|{'amount':>16}|{'n':>8}|{'x':>12}")
for name, amount, n, x in rows:
    print(f"{name:^14.10}|{amount:>16,.2f}|{n:>8}|{x!r:>12.12}")
for name, amount, n, x in rows:
    print("{0:<10}{1:+.3e}{2:#x}{2:#o}{2:#b}".format(name[:10], amount, n if n >= 0 else -n))
print("%-10s|%10.3f|%+05d|%x|%X|%o|%e|%g|%G" % ("pct", 3.14159, 42, 255, 255, 8, 12345.678, 0.00001234, 1e20))
print("%(name)s has %(count)03d items (%(ratio).1f%%)" % {"name": "box", "count": 7, "ratio": 12.345})
print("%c%c%c" % (72, "i", 33), "%5.2s|" % "abc", "%-6r|" % "x", "%a" % "é")
print("%s %s" % ((1, 2), [3]), "%s" % ((1, 2),), "%d%%" % 50)
for v in [0, 1, -1, 3.5, 1e100, 123456789, -0.0]:
    print(f"{v:10.3g}|{v:<10}|{v:^10.1f}|{v:=+12,.2f}|{v:010.2f}")
for n in [0, 7, 255, -255, 65535, 2**40]:
    print(f"{n:08b} {n:_x} {n:,} {n:_} {n:#010x} {n:c}" if 0 <= n < 0x110000 else f"{n:08b} {n:_x} {n:,} {n:_} {n:#010x}")
width, prec = 12, 4
val = 2 / 3
print(f"{val:{width}.{prec}f}|{val:*^{width}.{prec}}|{val:{'<' if val < 1 else '>'}{width}}")
print("{:{fill}{align}{w}}".format("mid", fill="~", align="^", w=11))
print("{0!r} {0!s} {0!a}".format("caf\u00e9 \U0001f600"))
print(f"{'tab':>{width}}", f"{3.0:.0f}", f"{2.5:.0f}", f"{0.125:.2f}", f"{0.375:.2f}", f"{1.005:.2f}")
print(f"{12345.6789:.2%}", f"{0.5:%}", f"{1234.5:n}", f"{1e6:.3g}", f"{1e-5:g}", f"{123456789.0:g}")
print(f"{3.0:g}", f"{3.0:#g}", f"{1.5e300*1e10:f}", f"{-float('nan'):f}", f"{-0.0:+.1f}", f"{0.0:+.1f}")
print(format(1234.5, ",.1f"), format(-1234, "=10"), format("s", "5"), format(True, ">5"), format(True, "d"))
print("{:.3}".format("abcdef"), "{:>8.3}".format(3.14159), "{:e}".format(0), "{:.0e}".format(15000))
print("{a[0]}-{a[1]}-{b.real}-{c[key]}".format(a=[1, 2], b=3 + 4j, c={"key": "v"}))
print("{{literal}} {} {}".format(1, 2), "{0}{1}{0}".format("ab", "cd"))
print(repr(f"{'quote'!r}"), f"{'x'*3=}", f"{1+1 = }", f"{val=:.2f}")
print(f"{complex(1, -2)}", f"{complex(0.5, 3):.2f}", format(1j, ""), f"{1e22}", f"{1e16}", f"{123456789012345678.0}")
print(str(0.1 + 0.2), repr(1 / 3), 1e-7, 1.5e-5, 0.0001, 100000000000000000000.0, 2.0**0.5)
print(f"{'left':-<20}", f"{'right':->20}")
print("%.15g %.17g %r" % (0.1, 0.1, 0.1), "%10.4s|" % "truncate", "%i" % 3.99, "%.3d" % 5)
import string
print(string.capwords(" hello   wORLD  foo "), string.ascii_letters[:30], string.punctuation)
t = string.Template("$who likes ${what}s; $$5 cost")
print(t.substitute(who="Tim", what="kiwi"), "|", t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    "{0} {2}".format(1, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    f"{'a':d}"
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
try:
    "{:,s}".format("a")
except ValueError as e:
    print("ValueError:", e)
