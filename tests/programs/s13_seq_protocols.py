"""A ring buffer and a sparse vector exercising Python's fallback protocols."""
import operator
import reprlib
import pprint
from collections.abc import Sequence, MutableSequence, Iterable, Sized, Container, Hashable


class Legacy:
    """Iteration and membership through __getitem__ only."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


class Ring(MutableSequence):
    def __init__(self, cap, items=()):
        self.cap = cap
        self.buf = []
        for x in items:
            self.append(x)

    def __len__(self):
        return len(self.buf)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Ring(self.cap, self.buf[i])
        return self.buf[operator.index(i)]

    def __setitem__(self, i, v):
        self.buf[i] = v

    def __delitem__(self, i):
        del self.buf[i]

    def insert(self, i, v):
        self.buf.insert(i, v)
        if len(self.buf) > self.cap:
            self.buf.pop(0)

    def __repr__(self):
        return f"Ring({self.cap}, {self.buf})"


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Empty:
    def __len__(self):
        return 0


class Truthy:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class BadLen:
    def __len__(self):
        return -1


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def __reversed__(self):
        return iter(range(1, self.n + 1))

    def __length_hint__(self):
        return self.n


lg = Legacy(6)
print(list(lg), 16 in lg, 15 in lg, list(zip(lg, "abc")), sorted(lg, reverse=True)[:2], max(lg))
it = iter(lg)
print(next(it), next(it), type(it).__name__, list(it))
r = Ring(4, range(6))
print(r, len(r), r[-1], r[Idx(1)], r[1:3], list(reversed(r)), r.index(4), r.count(9), 5 in r)
r.append(10)
r.extend([11, 12])
r += [13]
print(r, r.pop(), r.pop(0), r)
r.remove(11)
r.reverse()
print(r, isinstance(r, Sequence), isinstance(r, Hashable), issubclass(Ring, Sized))
print(isinstance(lg, Iterable), isinstance([], Container), isinstance(Countdown(1), Iterable), isinstance(lg, Sequence))
print(bool(Empty()), bool(Truthy()), len(Truthy()), "yes" if Empty() else "no")
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(Legacy(3))
except TypeError as e:
    print("TypeError:", e)
print(list(Countdown(4)), list(reversed(Countdown(3))), operator.length_hint(Countdown(7)), operator.length_hint(iter([]), 5))
print([10, 20, 30][Idx(2)], "abcdef"[Idx(1):Idx(4)], range(10)[Idx(3)], bin(Idx(5)), hex(Idx(255)), (2).__pow__(Idx(3)) if False else "skip")
try:
    [1, 2][1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    r["x"]
except TypeError as e:
    print("TypeError:", e)

big = {f"key{i:03}": list(range(i % 7)) for i in range(40)}
nested = {"alpha": [1, {"beta": (2, 3), "gamma": "x" * 30}], "delta": {"epsilon": [[1, 2], [3, 4]] * 3}}
print(reprlib.repr(big))
print(reprlib.repr(list(range(100))), reprlib.repr("z" * 100), reprlib.repr(set(range(20))))
aRepr = reprlib.Repr()
aRepr.maxlist = 3
aRepr.maxstring = 12
print(aRepr.repr([list(range(10)), "abcdefghijklmnopq", (1, 2, 3, 4)]))
pprint.pprint(nested, width=40)
pprint.pprint(list(range(30)), compact=True, width=50)
print(pprint.pformat({"b": 2, "a": [1] * 3, "c": {"z": 1, "y": 2}}, sort_dicts=True, width=20))
loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
print(loop, d, reprlib.repr(loop), "Recursion on list" in pprint.pformat(loop))
print(pprint.isrecursive(loop), pprint.isreadable([1, "a"]), pprint.saferepr(d).startswith("{'self': <Recursion on dict with id="))
