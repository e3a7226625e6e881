# Results too large for memory are a MemoryError before anything is built (CPython sizes
# them first): str/bytes replace and join, list()/tuple() of an iterator whose
# __length_hint__ says so; what __length_hint__ may return; hypot near the float limit.
import itertools
import math


def t(label, f):
    try:
        r = f()
        print(label, "ok", str(r)[:60])
    except Exception as e:
        print(label, type(e).__name__, str(e)[:120])


big = "a" * 10**6
t("str.replace", lambda: big.replace("a", "b" * 10**7))
t("str.replace empty", lambda: big.replace("", "b" * 10**7))
t("str.replace count", lambda: len(big.replace("a", "b" * 10**7, 3)))
t("bytes.replace", lambda: big.encode().replace(b"a", b"b" * 10**7))
t("bytearray.replace", lambda: bytearray(big.encode()).replace(b"", b"b" * 10**7))
t("str.join", lambda: ("s" * 10**7).join(["x"] * 10**6))
t("bytes.join", lambda: (b"s" * 10**7).join([b"x"] * 10**6))
t("bytes.join mixed", lambda: b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]))
t("list(repeat)", lambda: list(itertools.repeat(1, 10**15)))
t("tuple(repeat)", lambda: tuple(itertools.repeat(1, 10**15)))
t("sorted(repeat)", lambda: sorted(itertools.repeat(1, 10**15)))
t("extend(repeat)", lambda: [].extend(itertools.repeat(1, 10**15)))
t("list(repeat 3)", lambda: list(itertools.repeat(1, 3)))


class Hint:
    def __init__(self, v):
        self.v = v

    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        if isinstance(self.v, type):
            raise self.v("from the hint")
        return self.v


for v in [3, 0, -1, 10**30, -10**30, "x", 2.5, NotImplemented, TypeError, ValueError, True, 10**15]:
    t(f"list {v!r}", lambda: list(Hint(v)))
    t(f"tuple {v!r}", lambda: tuple(Hint(v)))
t("set ignores hints", lambda: sorted(set(Hint(-1))))


class Sized:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter("ab")

    def __len__(self):
        if isinstance(self.n, type):
            raise self.n("from len")
        return self.n

    def __length_hint__(self):
        return 10**15


for n in [5, -1, ValueError, TypeError]:
    t(f"sized {n!r}", lambda: list(Sized(n)))

for args in [(1e308, 1e308), (1e308, 1e308, 1e308), (5e-324, 5e-324), (1e-320, 1e-321), (3, 4)]:
    print("hypot", args, math.hypot(*args), math.dist(args, [0] * len(args)))


class Pair(tuple):
    # a tuple subclass whose __len__ iterates: the tuple's own iterator must not call it
    def __iter__(self):
        return iter(tuple(tuple.__iter__(self)) + ("extra",))

    def __len__(self):
        return len(tuple(iter(self)))


p = Pair((1, 2))
print(len(p), list(p), tuple(p), sorted(map(str, p)), list(tuple.__iter__(p)))
