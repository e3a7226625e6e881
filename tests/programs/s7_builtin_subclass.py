"""Subclassing builtins: a case-insensitive dict, a validated list, a units-aware float, an int enum-ish."""
import functools
from collections import UserDict, UserList, UserString


class CIDict(dict):
    def __init__(self, *a, **k):
        super().__init__()
        self.update(*a, **k)

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def update(self, *a, **k):
        for key, v in dict(*a, **k).items():
            self[key] = v

    def __repr__(self):
        return f"CIDict({super().__repr__()})"


h = CIDict({"Content-Type": "text/html"}, Accept="*/*")
h["X-Custom"] = 1
print(h, h["content-type"], "ACCEPT" in h, len(h), h.get("accept"), sorted(h), isinstance(h, dict))
try:
    h["missing"]
except KeyError as e:
    print("KeyError", e)


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__(self._check(x) for x in items)

    def _check(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}: {x!r}")
        return x

    def append(self, x):
        super().append(self._check(x))

    def __setitem__(self, i, x):
        super().__setitem__(i, self._check(x))


tl = TypedList(int, [3, 1, 2])
tl.append(10)
tl[0] = 7
tl.sort()
print(tl, type(tl).__name__, tl + [5], type(tl + [5]).__name__, tl[1:], type(tl[1:]).__name__, tl * 2 == list(tl) * 2)
for op in [lambda: tl.append("x"), lambda: tl.__setitem__(0, 1.5), lambda: TypedList(str, ["a", 1])]:
    try:
        op()
    except TypeError as e:
        print(e)
tl.extend([99])
print(tl, sum(tl), max(tl), tl.index(99), tl == [1, 2, 7, 10, 99], tl.kind)


class Meters(float):
    def __new__(cls, value, precision=2):
        obj = super().__new__(cls, value)
        obj.precision = precision
        return obj

    def __repr__(self):
        return f"{float(self):.{self.precision}f} m"

    def __add__(self, other):
        return Meters(float(self) + float(other), self.precision)

    __radd__ = __add__


m = Meters(3.14159)
print(m, repr(m), m + 1, 1 + m, m * 2, type(m * 2).__name__, sum([Meters(1), Meters(2.5)]), round(m, 1), int(m), m == 3.14159)


class Weekday(int):
    names = "Mon Tue Wed Thu Fri Sat Sun".split()

    def __new__(cls, n):
        if not 0 <= n < 7:
            raise ValueError(f"bad weekday {n}")
        return super().__new__(cls, n)

    def __str__(self):
        return self.names[self]

    def __add__(self, k):
        return Weekday((int(self) + k) % 7)


w = Weekday(5)
print(w, repr(w), w + 3, f"{w}", f"{w:d}", f"{w!r}", w * 2, bool(Weekday(0)), hex(w), [str(Weekday(i)) for i in range(0, 7, 3)])
try:
    Weekday(9)
except ValueError as e:
    print(e)


class Shout(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def __add__(self, other):
        return Shout(str(self) + "!" + other)


s = Shout("hey")
print(s, repr(s), s + "you", s.lower(), type(s.lower()).__name__, s[0], len(s), s == "HEY", hash(s) == hash("HEY"), {s: 1}["HEY"])


class Stack(UserList):
    def push(self, x):
        self.append(x)

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]


st = Stack([1, 2])
st.push(3)
print(st, st.peek(), st.pop(), st, len(st), type(st[:1]).__name__, st.data)
try:
    Stack().peek()
except IndexError as e:
    print(e)


class Config(UserDict):
    def __missing__(self, key):
        return f"default-{key}"


c = Config(a=1)
print(c["a"], c["b"], c.get("b"), dict(c), "b" in c)
us = UserString("hello")
print(us.upper(), us[::-1], us + "!", type(us + "!").__name__, us.count("l"))


def compare_versions(a, b):
    pa, pb = [int(x) for x in a.split(".")], [int(x) for x in b.split(".")]
    return (pa > pb) - (pa < pb)


versions = ["1.10.0", "1.2", "1.2.10", "0.9.9", "1.2.9", "2", "1.10"]
print(sorted(versions, key=functools.cmp_to_key(compare_versions)))
print(sorted(versions), sorted(versions, key=lambda v: tuple(map(int, v.split("."))), reverse=True))
print(issubclass(CIDict, dict), CIDict.__mro__[1].__name__, Weekday.__base__, type(True).__mro__)
print(isinstance(True, int), True + True, int.__add__(2, 3), float.__repr__(m), str.__len__("abc"), list.__len__(tl))
