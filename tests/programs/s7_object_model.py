"""Class-machinery tour: metaclasses, descriptors, __init_subclass__, MRO, special-method protocols."""
from abc import ABC, abstractmethod


class Registry(type):
    plugins = {}

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins[name.lower()] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst.created_by = cls.__name__
        return inst

    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"


class Plugin(metaclass=Registry):
    def __init__(self, cfg=None):
        self.cfg = cfg or {}


class Upper(Plugin):
    def run(self, s):
        return s.upper()


class Reverse(Plugin):
    def run(self, s):
        return s[::-1]


print(Registry.plugins, type(Upper), isinstance(Upper, Registry))
p = Registry.plugins["reverse"]({"x": 1})
print(p.run("stressed"), p.created_by, p.cfg)


class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)


class Shape(ABC):
    registry = []
    sides = Typed(int, 0)
    label = Typed(str, "?")

    def __init_subclass__(cls, /, corners=None, **kw):
        super().__init_subclass__(**kw)
        cls.corners = corners
        Shape.registry.append(cls.__name__)

    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def __repr__(self):
        return f"{type(self).__name__}(label={self.label!r}, sides={self.sides})"


class Square(Shape, corners=4):
    def __init__(self, a):
        self.a = a
        self.sides = 4

    def area(self):
        return self.a ** 2

    def perimeter(self):
        return 4 * self.a


class Half(Shape):
    def area(self):
        return 0


print(Shape.registry, Square.corners, Half.corners, Square(3), Square(3).area())
for bad in [lambda: Shape(), lambda: Half()]:
    try:
        bad()
    except TypeError as e:
        print(e)
sq = Square(2)
sq.label = "sq"
try:
    sq.sides = "four"
except TypeError as e:
    print(e)
print(sq, vars(sq), type(Shape.__dict__["sides"]).__name__, Shape.sides.name)


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
try:
    class Bad(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)

Point = type("Point", (), {"__init__": lambda self, x, y: setattr(self, "xy", (x, y)),
                           "__repr__": lambda self: f"Point{self.xy}"})
print(Point(1, 2), Point.__name__, Point.__bases__)


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"


d = Defaults(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))


class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"computed {name}"


lz = Lazy()
print(lz.real, lz.other, hasattr(lz, "_x"), getattr(lz, "_y", "dflt"))


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10


s = Seq(4)
print(list(s), 20 in s, 25 in s, list(reversed(s)), sorted(s, reverse=True), len(s), bool(Seq(0)))


class Idx:
    def __index__(self):
        return 2


print("abcdef"[Idx()], [1, 2, 3, 4][Idx():], bin(Idx()), range(10)[Idx()], hex(Idx()))


class WeirdLen:
    def __len__(self):
        return -1


class WeirdBool:
    def __bool__(self):
        return 1


class NoIter:
    __iter__ = None


for f in [lambda: len(WeirdLen()), lambda: bool(WeirdBool()), lambda: iter(NoIter()),
          lambda: format(object(), "d"), lambda: 1 in NoIter()]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Celsius:
    def __init__(self, c):
        self._c = c

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def f(self):
        return self._c * 9 / 5 + 32


t = Celsius(25)
t.c = 100
print(t.c, t.f)
for action in [lambda: setattr(t, "f", 1), lambda: setattr(t, "c", -300), lambda: delattr(t, "c")]:
    try:
        action()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)
