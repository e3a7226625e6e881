print("{}, {}!".format("Hello", "World"))
print("{1} {0} {1}".format("a", "b"))
print("{x} {y}".format(x=1, y=2), "{0[a]}".format({"a": 5}), "{0.imag}".format(3j))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"))
print("{:*^15,.2f}".format(1234567.891))
print("{0:{1}}|{0:{1}.{2}f}".format(3.14159, 10, 3))
print("{{}} {{{0}}}".format("in"))
print("{:%Y-%m}".format(__import__("datetime").date(2021, 3, 4)))
class F:
    def __format__(self, spec): return "F(" + spec + ")"
print("{:any spec}".format(F()), "{}".format(F()))
print("{0!r:>10}".format("x"), "{:}".format(5), "{}".format(None))
d = {"k": [10, 20]}
print("{d[k][1]}".format(d=d))
print("{}".format(1.0), "{}".format(1e20), "{}".format(-0.0), "{}".format(1e16))
for bad in ["{", "}", "{0!x}", "{:}}", "{a.}", "{0}{}", "{}{0}", "{!}"]:
    try:
        print(bad.format(1, a=1))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(bad), type(e).__name__, e)
import string
print(list(string.Formatter().parse("a{0}b{x!r:>5}c")))
print(string.Formatter().format("{0}-{k}", 1, k=2))
