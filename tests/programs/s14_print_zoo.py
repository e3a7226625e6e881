"""Printing stress: recursive reprs, float formatting, format_map, pprint, textwrap."""
import math
import pprint
import textwrap
from collections import OrderedDict, defaultdict, deque, Counter, namedtuple
from fractions import Fraction
from decimal import Decimal

print("-- recursive containers")
a = [1, 2]
a.append(a)
d = {"self": None, "list": a}
d["self"] = d
t = (a, d)
print(a)
print(d)
print(t)
s = deque([1])
s.append(s)
print(s)
od = OrderedDict(x=1)
od["me"] = od
print(od)
dd = defaultdict(list)
dd["k"].append(dd)
print(dd)
b = [[]] * 3
b[0].append(1)
print(b, [b, b])

print("-- floats")
vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789.0, 1.5e300 * 1e10, -0.0, float("nan"), 2.5, 0.5]
for v in vals:
    print(f"{v!r:>24} {v:10.3g} {v:12.3e} {v:>+10.2f} %-12g| {v:%}".replace("%-12g", "%-12g" % v))
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5)])
print([round(x, 1) for x in (0.25, 0.35, 2.675, 1.05, -0.15)])
print(round(1234.5678, -2), round(15, -1), round(25, -1), round(-35, -1), round(Fraction(7, 2)), round(Decimal("2.5")))
print(f"{math.pi:.0f} {math.pi:#.0f} {1e22:f} {1e22:g} {1e-5:g} {123456:g} {1234567:g} {0.0001234:.2g}")
print(f"{12345.6789:,.2f} {12345.6789:_.1f} {-1e6:,} {1e6:,g} {math.inf:,} {-math.inf:e}")
print("%5.1f|%-8.3e|%+g|%G|%#x|%o|%c|%r|%a" % (3.14159, 0.000123, 12.0, 1e-10, 255, 8, 65, "é", "é"))
print(format(1.0, ""), format(1e16, ""), format(1.0, "n"), str(1e15), str(1e-4), str(1e-5), repr(2 ** 0.5))
print(float("1e500"), float("-inf"), float(" 12.5 "), float("1_0.5"), 5e-324, 2.2250738585072014e-308)
print(Fraction(1, 3), Fraction("0.125"), Fraction(2.5), Decimal("1.10") + Decimal("2.205"), Decimal(0.1))
print(f"{Fraction(22, 7)!s:>8}|{Decimal('3.14159'):.3f}|{Decimal('1e3'):f}|{Decimal('-0'):}")

print("-- format_map and Template-ish")


class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}?>"


row = Defaulting(name="Ada", score=97.456, rank=1)
print("{name:<6}|{score:7.2f}|{rank:03d}|{missing}|{name!r:>8}".format_map(row))
print("{0[0]}-{0[1]}-{1.real}-{2[k]}".format("xy", 3 + 4j, {"k": "v"}))
print("{:^11}|{:*>6}|{:=+8}|{:#b}|{:x<4}".format("mid", 42, 17, 5, "a"))
Point = namedtuple("Point", "x y")
print("{p.x}/{p.y} {p}".format(p=Point(1.5, -2)))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, ".2s")
except ValueError as e:
    print("ValueError:", e)

print("-- pprint")
data = {
    "users": [{"name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "scores": list(range(i * 3))} for i in range(4)],
    "config": {"nested": {"deep": {"deeper": tuple(range(12))}}, "flags": {3, 1, 2}},
    "counts": Counter("mississippi"),
    "empty": [[], {}, (), set()],
    "text": "a fairly long string value that will need wrapping across lines when narrow " * 2,
}
pprint.pprint(data, width=60)
pprint.pprint(data["users"], width=40, depth=2)
print(pprint.pformat(data["config"], compact=True, width=30))
print(pprint.saferepr(data["empty"]), pprint.isrecursive(a), pprint.isreadable(data["empty"]))

print("-- textwrap")
para = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(para, width=34))
print(textwrap.fill(para, width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(para, width=40, placeholder=" [...]"))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
block = """
    def f():
        return 1

    print(f())
"""
ded = textwrap.dedent(block)
print(repr(ded))
print(textwrap.indent(ded.strip(), "> ", lambda line: True))
print(textwrap.indent("a\n\nb\n", "+ "), end="")
