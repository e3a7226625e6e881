"""Custom containers built on collections.abc mixins."""
from collections.abc import MutableMapping, Sequence, MutableSet, Iterator, Iterable, Sized, Container, Hashable, Callable, Mapping
import collections.abc as cabc


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=(), **kw):
        self._store = {}
        self.update(data, **kw)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (k for k, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())!r})"


h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
h["content-type"] = "application/json"
print(h, len(h), "CONTENT-TYPE" in h, h.get("accept"), h.get("x", "?"), list(h), list(h.keys()), list(h.values()))
print(h.pop("ACCEPT"), h.setdefault("X-New", 1), h.popitem(), h, h == {"X-New": 1} or dict(h))
h.update([("a", 1)], b=2)
print(sorted(h.items()), isinstance(h, Mapping), isinstance(h, dict), h.keys() & {"a", "z"})
try:
    h["missing"]
except KeyError as e:
    print("KeyError", e)
h.clear()
print(h, bool(h))


class Range2(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Range2 index out of range")
        return i * i

    def __len__(self):
        return self.n


r = Range2(6)
print(list(r), r[2], r[-1], r[1:4], 16 in r, 17 in r, r.index(9), r.count(4), list(reversed(r)), max(r), sorted(r, reverse=True)[:2])
try:
    r.index(7)
except ValueError as e:
    print("ValueError", e)


class OrderedSet(MutableSet):
    def __init__(self, items=()):
        self._d = dict.fromkeys(items)

    def __contains__(self, x):
        return x in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def add(self, x):
        self._d[x] = None

    def discard(self, x):
        self._d.pop(x, None)

    def __repr__(self):
        return f"OrderedSet({list(self)!r})"


s = OrderedSet("abracadabra")
t = OrderedSet("cadet")
print(s, t, s | t, s & t, s - t, s ^ t, s <= OrderedSet("abcdr"), s.isdisjoint("xyz"))
s |= {"z"}
s -= {"a"}
print(s, s.pop(), s, len(s))
s.remove("r")
try:
    s.remove("q")
except KeyError as e:
    print("KeyError", e)


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


c = Countdown(3)
print(iter(c) is c, list(c), next(c, "done"))


class Incomplete(MutableMapping):
    def __getitem__(self, k):
        return 1


for cls in (Incomplete, Sequence, Iterator):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)

print([issubclass(t, cabc.Hashable) for t in (int, list, tuple, dict, frozenset, set, type(None))])
print([isinstance(x, Iterable) for x in ([], "", 5, {}, range(2), iter([]), (x for x in []))])
print(isinstance(len, Callable), isinstance(5, Sized), isinstance("x", Container), issubclass(CaseInsensitiveDict, MutableMapping))
print(sorted(n for n in dir(cabc) if not n.startswith("_"))[:12])
print(cabc.MutableMapping.__abstractmethods__ == frozenset({"__getitem__", "__setitem__", "__delitem__", "__iter__", "__len__"}), sorted(Sequence.__abstractmethods__))


class Reg:
    pass


cabc.Sized.register(Reg) if False else None
Sized.register(Reg)
print(issubclass(Reg, Sized), isinstance(Reg(), Sized))
