"""Object protocols and their fallbacks: __getitem__ iteration, __index__, __missing__, __prepare__, hooks."""
import operator


class Squares:
    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i


sq = Squares()
print(list(sq), 16 in sq, 17 in sq, sorted(sq, reverse=True)[:2], list(zip(sq, "abc")), max(sq))
it = iter(sq)
print(next(it), next(it), type(it).__name__)


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print([10, 20, 30][Idx(1)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), operator.index(Idx(7)))
print((1, 2, 3) * Idx(2), bytes(Idx(2)), "%x" % Idx(255), format(Idx(3).__index__(), "03"), pow(2, Idx(10)))
try:
    [1][Idx("x")]
except TypeError as exc:
    print("TypeError:", exc)


class Defaults(dict):
    def __missing__(self, key):
        value = f"<{key}>"
        self[key] = value
        return value


d = Defaults(a=1)
print(d["a"], d["zz"], d.get("yy"), "yy" in d, sorted(d), "{a}-{b}".format_map(d))


class Template(dict):
    def __missing__(self, key):
        return "{" + key + "}"


print("Hello {name}, you owe {amount:.2f} {cur}".format_map(Template(name="Ann", amount=3.5)))


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print(f"  prepare {name} kw={kw}")
        return {"_order": []}

    def __new__(mcls, name, bases, ns, **kw):
        ns["_fields"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcls, name, bases, ns)

    def __instancecheck__(cls, obj):
        return hasattr(obj, "_fields") and cls._fields == getattr(obj, "_fields")

    def __call__(cls, *args):
        print(f"  {cls.__name__}{args}")
        return super().__call__(*args)


class Rec(metaclass=Ordered, flavour="x"):
    zeta = 1
    alpha = 2

    def method(self, *a):
        pass


r = Rec()
print(Rec._fields, isinstance(r, Rec), isinstance(3, Rec), type(Rec).__name__)


class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item if isinstance(item, str) else item.__name__}]"


print(Gen[int], Gen["T"], list[int], dict[str, list[int]], type(list[int]).__name__)


class LenHint:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __length_hint__(self):
        return 5


print(operator.length_hint(LenHint()), operator.length_hint([1, 2]), operator.length_hint(iter(range(4))), list(LenHint()))


class Cmp:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Cmp) and self.v % 10 == other.v % 10

    __hash__ = object.__hash__


items = [Cmp(1), Cmp(12), Cmp(3)]
print(items.index(Cmp(22)), items.count(Cmp(31)), Cmp(2) in items, [1, 2].index(2.0), (1, 2) == [1, 2])
try:
    items.remove(Cmp(5))
except ValueError as exc:
    print("ValueError:", exc)


class Callable:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kw):
        self.calls += 1
        return (args, kw)


c = Callable()
print(c(1, k=2), callable(c), callable(Callable), callable(3), c.calls, list(map(c, "ab")))


class Attrs:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no peeking")
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)

    def __delattr__(self, name):
        print(f"  deleting {name}")
        object.__delattr__(self, name)

    def __dir__(self):
        return ["b", "a"]


a = Attrs()
a.x = 21
a.s = "s"
print(a.x, a.s, getattr(a, "secret", "hidden"), hasattr(a, "secret"), dir(a))
del a.x
print(vars(a))


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __complex__(self):
        return complex(self.v, 1)

    def __round__(self, nd=None):
        return "rounded"

    def __trunc__(self):
        return 99

    def __floor__(self):
        return -1

    def __ceil__(self):
        return 1


import math
n = Num(2.7)
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
for bad in [lambda: int(object()), lambda: float("x" if False else []), lambda: len(5), lambda: iter(5),
            lambda: next([]), lambda: reversed(5), lambda: hash([]), lambda: abs("s"), lambda: -"s"]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
