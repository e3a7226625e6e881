"""Abstract base classes and collections.abc registration and isinstance checks."""
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc


class Storage(ABC):
    @abstractmethod
    def get(self, key): ...

    @abstractmethod
    def put(self, key, value): ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default

    @property
    @abstractmethod
    def kind(self): ...


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def get(self, key):
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value

    @property
    def kind(self):
        return "memory"


class HalfStorage(Storage):
    def get(self, key):
        return None


try:
    Storage()
except TypeError as exc:
    print(exc)
try:
    HalfStorage()
except TypeError as exc:
    print(exc)
m = MemoryStorage()
m.put("a", 1)
print(m.get_or("a", 0), m.get_or("b", 0), m.kind)
print(sorted(Storage.__abstractmethods__), HalfStorage.__abstractmethods__ == {"put", "kind"})


class Legacy:
    def get(self, key):
        return key * 2


Storage.register(Legacy)
print(isinstance(Legacy(), Storage), issubclass(Legacy, Storage), Legacy.__mro__[-1].__name__)


class Deck(cabc.Sequence):
    def __init__(self, cards):
        self._cards = list(cards)

    def __len__(self):
        return len(self._cards)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deck(self._cards[i])
        return self._cards[i]

    def __repr__(self):
        return f"Deck({self._cards})"


d = Deck("A23456789TJQK")
print(len(d), d[0], d[-1], d[2:5], "Q" in d, "X" in d)
print(d.index("T"), d.count("A"), list(reversed(d))[:3], max(d), sorted(d)[:4])
try:
    d.index("Z")
except ValueError as exc:
    print("ValueError:", exc)


class Bag(cabc.MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


b = Bag({"One": 1}, TWO=2)
b["three"] = 3
print(dict(b), b["ONE"], "two" in b, b.get("four", 4), b.pop("Two"), b.setdefault("Five", 5))
print(sorted(b.items()), list(b.keys()), list(b.values()))
print(b == {"one": 1, "three": 3, "five": 5}, b.popitem(), len(b))
b.clear()
print(len(b), isinstance(b, cabc.Mapping), isinstance(b, dict))


class Sized3:
    def __len__(self):
        return 3


class Iter:
    def __iter__(self):
        return iter([])


checks = [
    ([], cabc.MutableSequence), ((), cabc.MutableSequence), ((), cabc.Sequence), ("s", cabc.Sequence),
    ({}, cabc.Mapping), (set(), cabc.Set), (frozenset(), cabc.MutableSet), (Sized3(), cabc.Sized),
    (Iter(), cabc.Iterable), (Iter(), cabc.Iterator), (iter([]), cabc.Iterator), (len, cabc.Callable),
    ((x for x in ()), cabc.Generator), (b"", cabc.ByteString), ({}.keys(), cabc.KeysView),
    ({}.items(), cabc.Set), (range(3), cabc.Reversible), (3, cabc.Hashable), ([], cabc.Hashable),
    (d, cabc.Collection), (b, cabc.Container),
]
for obj, abc_cls in checks:
    print(f"{type(obj).__name__:>14} {abc_cls.__name__:<16} {isinstance(obj, abc_cls)}")


class Meta(ABCMeta):
    pass


class Shape(metaclass=Meta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Shape:
            return hasattr(C, "area") or NotImplemented
        return NotImplemented


class Sq:
    def area(self):
        return 4


print(isinstance(Sq(), Shape), isinstance(3, Shape), issubclass(Sq, Shape))
