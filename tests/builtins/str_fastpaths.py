# Fast paths for str +, %, int(str) and format specs must match the general rules.
class S(str):
    def __rmod__(self, other):
        return "S.__rmod__"
    def __radd__(self, other):
        return "S.__radd__"

class T(str):
    pass

print("%d|%5d|%-5d|%05d|%x|%#x|%#o|%X|%.3d|%+d|% d" % (-5, 42, 42, -42, -255, 255, 8, 255, 5, 7, 7))
print("%i %u %o" % (-9, 9, -9))
print("%d" % True, "%x" % False, "%d" % 3.9, "%d" % (2**70), "%x" % -(2**65))
print("%s|%5s|%.2s|%-6s|%s" % ("é", "é", "héllo", "ab", ""))
print("%s %s" % (T("t"), 3), "%r" % "q", "%10.3s|" % "abcdef")
print("x" % S("s"), "%s" % S("z"))
print("a" + S("b"), "a" + T("b"), type("a" + T("b")).__name__)
a = "abc"
print(a + "" is a, "" + a is a, (a + "") == a)
print(type(T("q") + ""), type("" + T("q")))
print(f"{-5:>8}|{255:#x}|{1234567:,}|{-42:08d}|{5:+}|{5: }|{True:d}|{2**70:x}|{-7:b}|{7:o}|{255:X}")
print(f"{12345:_}|{-12345:_x}|{3:^7}|{3:*<5}|{-3:=6}|{0:#b}|{10:,d}|{1234:010,}")
print(f"{3:.2f}|{3:e}|{3:%}|{3:n}|{65:c}")
for s in ["12", "  12 ", "-0", "+7", "1_000", "٣", "123456789012345678901", "-999999999999999999",
          "000", "0x10"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for bad in ["", "-", "+", "1 2", "1__0", "_1", "12a"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
for fmt, arg in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%q", 1), ("%x", 1.5)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    f"{5:.2d}"
except ValueError as e:
    print(e)
s = "x"
s += "y"
s = s + "z"
print(s, "%s-%s" % (s, s))
print(f"{5:é^9}|{-5:=+8}|{255:#010x}|{-255:#010X}|{0:b}|{-2**63:x}|{2**63-1:,}|{7:_b}|{3:x<5}|")
print(f"{-9223372036854775807:>30}|{12:^1}|{12:^3}|{12:^4}|{-12:^7}|{12:=5}|{-0:05}|{1:+05}")
print(f"{'ab':>5}|{'ab':é<5}|{'abc':^6}|{2.5:=+9.2f}|{-2.5:>9}|{True:>5}|{None!s:>6}|{'x':=>3}")
print("{:>{w}}|{:0{w}d}".format(7, 8, w=6), format(42, "08b"), format(-42, "#o"), format(10**20, ">25,"))
