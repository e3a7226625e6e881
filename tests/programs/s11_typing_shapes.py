"""Runtime typing: NamedTuple, TypedDict, Generic containers, Protocols and get_type_hints."""
from __future__ import annotations
import math
import typing
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterator, List, NamedTuple, Optional,
                    Protocol, Tuple, TypedDict, TypeVar, Union, runtime_checkable, overload, cast, Final)
from abc import ABC, abstractmethod

T = TypeVar("T")
K = TypeVar("K", bound="Shape")
N = TypeVar("N", int, float)


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: Point) -> float:
        return math.hypot(self.x - other.x, self.y - other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class ShapeInfo(TypedDict):
    kind: str
    area: float
    vertices: List[Point]


class PartialInfo(ShapeInfo, total=False):
    color: str


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


@runtime_checkable
class Named(Protocol):
    name: str


class Shape(ABC):
    registry: ClassVar[Dict[str, type]] = {}
    UNIT: Final = "cm"

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls

    @abstractmethod
    def area(self) -> float: ...

    @abstractmethod
    def vertices(self) -> List[Point]: ...

    def info(self) -> ShapeInfo:
        return ShapeInfo(kind=type(self).__name__, area=round(self.area(), 3), vertices=self.vertices())

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class Rect(Shape):
    def __init__(self, origin: Point, w: float, h: float) -> None:
        self.origin, self.w, self.h = origin, w, h

    def area(self) -> float:
        return self.w * self.h

    def vertices(self) -> List[Point]:
        o = self.origin
        return [o, o + Point(self.w), o + Point(self.w, self.h), o + Point(0, self.h)]


class Triangle(Shape):
    def __init__(self, a: Point, b: Point, c: Point):
        self.a, self.b, self.c = a, b, c

    def area(self) -> float:
        a, b, c = self.a, self.b, self.c
        return abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2

    def vertices(self):
        return [self.a, self.b, self.c]


class Box(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def put(self, item: T) -> Box[T]:
        self.items.append(item)
        return self

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def map(self, fn: Callable[[T], Any]) -> List[Any]:
        return [fn(i) for i in self.items]


class Circle:
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


def largest(shapes: List[HasArea]) -> Optional[HasArea]:
    return max(shapes, key=lambda s: s.area(), default=None)


def scale(v: N, k: N) -> N:
    return v * k


box: Box[Shape] = Box()
box.put(Rect(Point(0, 0), 3, 4)).put(Triangle(Point(0, 0), Point(4, 0), Point(0, 3)))
for s in box:
    print(s, s.info())
print(Shape.registry, Shape.UNIT)
shapes = [*box, Circle(1.5)]
print([isinstance(s, HasArea) for s in shapes], [isinstance(s, Named) for s in shapes], isinstance(42, HasArea))
print("largest:", largest(shapes).__class__.__name__, round(largest(shapes).area(), 4), largest([]))
p = Point(3, 4)
print(p, p.dist(Point(0, 0)), p._asdict(), p._replace(y=-1), Point._field_defaults, Point.__annotations__)
print(p + Point(1, 1), p[0], len(p), tuple(p), p == (3, 4), isinstance(p, tuple))
info: PartialInfo = {"kind": "x", "area": 1.0, "vertices": []}
print(info, PartialInfo.__required_keys__ == frozenset({"kind", "area", "vertices"}), sorted(PartialInfo.__optional_keys__))
print(typing.get_type_hints(Point.dist), typing.get_type_hints(Rect.__init__))
print(typing.get_type_hints(ShapeInfo))
print(Box[int], Box[int]().put(3).items, Box.__parameters__, T, K.__bound__, N.__constraints__)
print(typing.get_origin(Dict[str, int]), typing.get_args(Union[int, str, None]), typing.get_args(Callable[[int, str], bool]))
print(Optional[int] == Union[int, None], Union[int, int], List[int] == List[int], int | str, (int | str) == Union[int, str])
print(cast(int, "not really"), scale(3, 4), scale(1.5, 2.0), Tuple[int, ...], typing.Sequence[int])
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(Circle(1), Box)
    print(isinstance(Circle(1), Box[int]))
except TypeError as e:
    print("TypeError:", e)
try:
    class NotProto(Protocol):
        def f(self): ...
    isinstance(1, NotProto)
except TypeError as e:
    print("TypeError:", e)
print(Rect.area.__annotations__, scale.__annotations__, Point.dist.__annotations__)
