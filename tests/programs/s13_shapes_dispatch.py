"""Geometry with abc, singledispatch, total_ordering, and __format__."""
from abc import ABC, abstractmethod
from functools import singledispatch, total_ordering, reduce, partial
import math


@total_ordering
class Shape(ABC):
    @property
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area, other.area)

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area < other.area

    __hash__ = None

    def __repr__(self):
        return f"<{self}>"

    def __format__(self, spec):
        if spec.endswith("a"):
            return format(self.area, spec[:-1] + "f")
        if spec.endswith("p"):
            return format(self.perimeter(), spec[:-1] + "f")
        return format(str(self), spec)

    def __str__(self):
        return f"{type(self).__name__}({', '.join(f'{v:g}' for v in vars(self).values())})"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    @property
    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a}, {b}, {c} violate the triangle inequality")
        self.a, self.b, self.c = a, b, c

    @property
    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self):
        return self.a + self.b + self.c


class Blob(Shape):
    def perimeter(self):
        return 0


@singledispatch
def describe(obj):
    return f"something else: {obj!r}"


@describe.register
def _(obj: Circle):
    return f"circle of radius {obj.r}"


@describe.register(Rect)
def _(obj):
    kind = "square" if obj.w == obj.h else "rectangle"
    return f"{kind} {obj.w}x{obj.h}"


@describe.register(int)
@describe.register(float)
def _(obj):
    return f"number {obj:+.2f}"


@describe.register(list)
def _(obj):
    return "[" + "; ".join(describe(x) for x in obj) + "]"


shapes = [Circle(1), Rect(2, 3.5), Square(2), Triangle(3, 4, 5), Circle(0.5), Square(1.7724538509055159)]
for s in shapes:
    print(f"{s!s:<28}|{s:>10.3a}|{s:>9.2p}| {describe(s)}")
print(describe([1, 2.5, Square(3)]), describe("text"), describe(None))
print(sorted(shapes)[0], max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(Circle(1) == Square(math.sqrt(math.pi)), Circle(1) <= Rect(1, 3), Rect(1, 2) > Rect(2, 1), Circle(1) >= Rect(1, 4))
print(Circle(1) == "circle", Circle(2).__eq__(5), Rect(1, 1) != Square(1))
try:
    Circle(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    {Circle(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    Blob()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Triangle(1, 2, 10)
except ValueError as e:
    print("ValueError:", e)
print(sorted(Shape.__abstractmethods__), Blob.__abstractmethods__, Circle.__abstractmethods__)
print(describe.registry.keys() >= {object, int, list}, describe.dispatch(Square).__name__, describe.dispatch(bool) is describe.dispatch(int))
total = reduce(lambda acc, s: acc + s.area, shapes, 0.0)
print(f"total area {total:.6f}", f"{total:e}", f"{total:_.2f}", round(total, 3))
scale = partial(Rect, h=1)
print(scale(5), scale.func.__name__, scale.keywords, scale.args)
print(f"{Square(2):*^20}", f"{Circle(1.5)!r:.10}")
print(f"{Triangle(1, 1, 1):a}")
