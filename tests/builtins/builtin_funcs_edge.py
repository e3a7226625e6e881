import io, sys
recs = [("b", 2), ("a", 2), ("c", 1), ("d", 1), ("e", 2)]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: r[1], reverse=True))
print(min(recs, key=lambda r: r[1]), max(recs, key=lambda r: r[1]), min([], default="empty"), max([], key=len, default=None), max("a", "bb", key=len), min(3, 1, 2, key=lambda x: -x))
for bad in [lambda: min([]), lambda: max(()), lambda: min(1, 2, default=0), lambda: max(key=len), lambda: min(), lambda: max(1), lambda: min([1, "a"]), lambda: max([1], foo=1), lambda: min([1], key=1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(zip([1, 2], "ab", strict=True)), list(zip()), list(zip([1], [])), list(zip(strict=False)))
for a, b in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([], [1])]:
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print("ValueError", e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([], start=5), sum(range(101)), sum([1.5, 2], start=1))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1], "x"), lambda: sum([1, "a"]), lambda: sum([bytearray(b"a")], bytearray())]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(sum([2 ** 64, 1.0]), sum([True, True]), sum([1j, 2]), sum(iter([1, 2]), start=0.5))
n = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(n), 0)))
class Counter:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        return self.i
print(list(iter(Counter(), 4)))
buf = io.StringIO()
lines = iter(io.StringIO("a\nb\n\nc\n").readline, "\n")
print(list(lines))
for bad in [lambda: iter(1), lambda: iter(1, 2), lambda: iter(), lambda: next(iter([]), "dflt"), lambda: next([]), lambda: iter([], 1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print("a", "b", sep="-", end="!\n")
print("x", 1, None, sep="", end="")
print()
print(*[1, 2, 3], sep=", ")
print("no", "sep", sep=None, end=None)
out = io.StringIO()
print("to", "file", file=out, sep="|")
print("second", file=out, end="")
print(repr(out.getvalue()))
print("err", file=sys.stderr)
print("x", file=None)
for kw in [{"sep": 1}, {"end": 2}, {"file": 3}]:
    try:
        print("bad", **kw)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("p", "q", file=w, flush=False)
print(w.parts)
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), divmod(-7, 2), divmod(7, -2), pow(2, -2), pow(-8, 1 / 3) if False else "skip", pow(3, 4, -5), pow(2, -1, 7))
for bad in [lambda: pow(2, 3, 0), lambda: pow(2, -1, 4), lambda: pow(2.0, 3, 5), lambda: pow(0, -1), lambda: abs("x"), lambda: divmod(1, 0), lambda: divmod("a", 1)]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(all([]), any([]), all([1, 0]), any([0, 0.0, "", 1]), all(iter([1, 2])), bin(-5), oct(8), hex(-255), bin(0), chr(0x1F600) == "😀", ord("€"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord(""), lambda: ord("ab"), lambda: ord(b"ab"), lambda: hex(1.5), lambda: bin("1")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(list(enumerate("ab", start=10)), list(reversed([1, 2, 3])), list(reversed(range(3))), list(reversed("abc")), list(filter(None, [0, 1, "", "a"])), list(map(pow, [2, 3], [3, 2])))
try:
    reversed({1: 2}.items()) and reversed({1})
except TypeError as e:
    print("TypeError", e)
print(callable(len), callable(1), isinstance(True, int), issubclass(bool, (str, int)), ascii("é😀\n"), repr("é😀\n"), format(3, ""), vars().get("recs") is recs)
