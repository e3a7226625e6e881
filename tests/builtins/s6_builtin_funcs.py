# builtins and their error messages
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])), list(zip(range(3), strict=False)))
try: list(zip([1, 2], [1], strict=True))
except ValueError as e: print("ValueError:", e)
try: list(zip([1], [1, 2], strict=True))
except ValueError as e: print("ValueError:", e)
try: list(zip([1], [1], [1, 2], strict=True))
except ValueError as e: print("ValueError:", e)
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 1, range(4))))
print(list(enumerate("abc", 10)), list(enumerate([], start=-1)), list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))), sorted({3: 1, 1: 2}), sorted("bca", reverse=True))
print(min(3, 1, 2), max([1, 5, 2]), min("b", "a"), max([], default="empty"), min([], key=len, default=None), max("apple", "fig", "kiwi", key=len), min([(1, "b"), (1, "a")]), max([1, 1.0, True]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum(x * x for x in range(5)), any([]), all([]), any(x > 3 for x in range(5)), all([1, "a", [0]]), any([0, "", None]))
print(isinstance(1, (str, (int, float))), isinstance(True, int), issubclass(bool, (int,)), isinstance([], list | dict), issubclass(int, object), isinstance(int, type), isinstance(None, type(None)))
class P:
    cls_attr = 1
    def __init__(self): self.a = 1; self.b = 2
    def m(self): pass
p = P()
print(getattr(p, "a"), getattr(p, "zz", None), hasattr(p, "m"), hasattr(P, "a"), vars(p), sorted(k for k in vars(P) if not k.startswith("__")), "m" in dir(p), "a" in dir(p), "cls_attr" in dir(P))
setattr(p, "c", 3); delattr(p, "a"); print(vars(p), callable(p.m), callable(P), callable(1), type(p) is P, type(P), type(type))
print(len("abc"), len([1]), len({}), len(range(10, 0, -3)), abs(-2.5), bool(), int(), float(), complex(), str(), tuple(), list(), dict(), repr(set()), repr(frozenset()), object().__class__)
print(chr(97), ord("a"), bin(-10), oct(8), hex(-255), bin(0), hex(10**20), divmod(17, 5), divmod(-17, 5), pow(2, 10), pow(2, -2), pow(-8, 1/3).real < 0 or True, round(2.5), round(-2.567, 2))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(iter(()), None), list(iter(lambda: 1, 1)), type(iter("x")).__name__, type(iter({})).__name__, type(iter(range(1))).__name__)
calls = iter([1, 2, 3, 0, 5]); print(list(iter(lambda: next(calls), 0)))
class CountDown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n
print(list(CountDown(3)), sum(CountDown(4)), sorted(CountDown(3)), max(CountDown(5)), "x" in map(str, "xy"), 2 in CountDown(5))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([*Seq()])), tuple(Seq()), iter(Seq()).__class__.__name__)
print(hash(1) == hash(1.0), hash("") == 0 or True, hash(None) is not None, hash(()) == hash(()), id(p) == id(p), isinstance(id(p), int))
for bad in [lambda: len(5), lambda: len(iter([])), lambda: next([1]), lambda: iter(5), lambda: hash([]), lambda: hash({}), lambda: getattr(p, "zz"), lambda: getattr(p, 5), lambda: getattr(1, "x"), lambda: setattr(1, "x", 2), lambda: delattr(p, "nope"), lambda: min([]), lambda: max(), lambda: min(1), lambda: sum(["a", "b"], ""), lambda: sum([[1]]), lambda: abs("x"), lambda: round("x"), lambda: chr("a"), lambda: ord(""), lambda: vars(1), lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: divmod("a", 1), lambda: pow(), lambda: sorted(), lambda: zip(1), lambda: map(len), lambda: enumerate(5), lambda: reversed(5), lambda: reversed({1}), lambda: filter(None), lambda: next(5, 1), lambda: iter(5, 1), lambda: callable(), lambda: any(5), lambda: all(None), lambda: bin(1.5), lambda: hex("a"), lambda: list(5), lambda: tuple(1.0), lambda: dict(a=1)["b"], lambda: int("1", 2, 3), lambda: print(sep=1), lambda: sum(1), lambda: max(1, 2, key=5), lambda: min([1], [2], default=0), lambda: format(1, 2), lambda: object(1), lambda: type(), lambda: type(1, 2, 3), lambda: super(), lambda: repr(), lambda: ascii(1, 2), lambda: id(), lambda: hash(1, 2)]:
    try:
        r = bad()
        print("no error", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(repr(None), repr(...), repr(NotImplemented), str(print)[:20], repr(len), repr(int), repr(P)[:15], repr(P.m)[:16], type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(divmod(7.5, 2), abs(-0), list(map(lambda *a: a, [1, 2], "xy", (True, None))), dict(enumerate("ab")), list(zip(*[(1, "a"), (2, "b")])), set(map(abs, [-1, 1, -2])) == {1, 2})
print(format(3.14159, ".2f"), format("x", ">3"), format(255, "08b"), format(True), format(None), ascii([1, "é"]), repr("é"), bool([]), bool([0]), int(True), list(range(-5, 5, 3)), list(range(5, -5, -4)))
print(eval("1 + 2 * 3"), eval("x + y", {"x": 1}, {"y": 2}), exec("z = 5", g := {}) or g["z"], compile("1", "<s>", "eval").co_filename, globals()["P"] is P, "p" in locals())
print(sorted(x for x in dir([]) if not x.startswith("_"))[:6], sorted(x for x in dir({}) if not x.startswith("_")), sorted(x for x in dir("") if not x.startswith("_"))[-5:])
print(object.__doc__ is not None, len.__name__, len.__qualname__, str.join.__qualname__, [].append.__name__, type(len).__name__, type([].append).__name__, type(str.join).__name__, type(P.m).__name__, type(p.m).__name__)
