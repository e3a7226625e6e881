# Shape classes with properties (setter validation, deleter), class-level registries
# via __init_subclass__, functools.total_ordering/singledispatch/cached_property,
# abstract base classes, __repr__/__format__, and error reporting.
import math
from abc import ABC, abstractmethod
from functools import total_ordering, singledispatch, cached_property


@total_ordering
class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, /, code=None, **kw):
        super().__init_subclass__(**kw)
        if code:
            Shape.registry[code] = cls

    @abstractmethod
    def area(self): ...

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

    def __lt__(self, other):
        return self.area() < other.area()

    def __format__(self, spec):
        if spec.endswith("a"):
            return format(self.area(), spec[:-1] + "f")
        return format(str(self), spec)

    __hash__ = None


class Circle(Shape, code="c"):
    def __init__(self, r):
        self.r = r

    @property
    def r(self):
        return self._r

    @r.setter
    def r(self, value):
        if value <= 0:
            raise ValueError(f"radius must be positive, got {value}")
        self._r = value
        self.__dict__.pop("perimeter", None)

    @r.deleter
    def r(self):
        raise AttributeError("radius cannot be deleted")

    @cached_property
    def perimeter(self):
        print("  (computing perimeter)")
        return 2 * math.pi * self.r

    def area(self):
        return math.pi * self.r ** 2

    def __repr__(self):
        return f"Circle(r={self.r!r})"


class Rect(Shape, code="r"):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def __repr__(self):
        return f"{type(self).__name__}({self.w}, {self.h})"


class Square(Rect, code="s"):
    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.w})"


@singledispatch
def describe(x):
    return f"something: {x!r}"


@describe.register
def _(x: Circle):
    return f"circle of radius {x.r}"


@describe.register(Rect)
def _(x):
    return f"rect {x.w}x{x.h}"


@describe.register(list)
def _(xs):
    return "[" + "; ".join(describe(x) for x in xs) + "]"


def build(spec):
    code, *nums = spec.split()
    cls = Shape.registry[code]
    return cls(*map(float, nums))


shapes = [build(s) for s in ["c 1", "r 2 3", "s 2", "c 0.5", "r 1 4"]]
print(sorted(Shape.registry))
print(shapes)
print(sorted(shapes))
print(max(shapes), min(shapes, key=lambda s: (type(s).__name__, s.area())))
print(Square(2) == Rect(1, 4), Square(2) <= Circle(1), Rect(2, 3) > Circle(1))
print([f"{s:8.2a}" for s in shapes])
print(f"[{shapes[1]:>14}] [{shapes[0]:<14}]")
print(describe(shapes[:3]), describe(42))
c = shapes[0]
print(round(c.perimeter, 4))
print(round(c.perimeter, 4))
c.r = 2
print(round(c.perimeter, 4))
for bad in (lambda: setattr(c, "r", -1), lambda: delattr(c, "r"), lambda: Shape(),
            lambda: {c}, lambda: build("x 1"), lambda: c < 3):
    try:
        bad()
    except Exception as exc:
        print(f"{type(exc).__name__}: {exc}")
print(isinstance(c, Shape), issubclass(Square, Rect), Square.__mro__[1].__name__)
print(Circle.r.__doc__, type(Circle.__dict__["perimeter"]).__name__)
