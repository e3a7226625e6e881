"""Geometry registry using typing constructs the way application code does."""
from __future__ import annotations

import typing
from typing import (Any, Callable, ClassVar, Dict, Generic, Iterable, Iterator,
                    List, NamedTuple, Optional, Protocol, Tuple, TypedDict,
                    TypeVar, Union, runtime_checkable, get_type_hints)
import math

T = TypeVar("T")
K = TypeVar("K", bound="Shape")


@runtime_checkable
class HasArea(Protocol):
    def area(self) -> float: ...


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: "Point") -> float:
        return math.hypot(self.x - other.x, self.y - other.y)

    def __str__(self) -> str:
        return f"({self.x:g}, {self.y:g})"


class ShapeInfo(TypedDict, total=False):
    name: str
    area: float
    tags: List[str]


class Shape:
    registry: ClassVar[Dict[str, type]] = {}
    kind: ClassVar[str] = "shape"

    def __init_subclass__(cls, kind: str = "", **kw: Any) -> None:
        super().__init_subclass__(**kw)
        cls.kind = kind or cls.__name__.lower()
        Shape.registry[cls.kind] = cls

    def area(self) -> float:
        raise NotImplementedError

    def info(self) -> ShapeInfo:
        d: ShapeInfo = {"name": self.kind, "area": round(self.area(), 3)}
        return d


class Circle(Shape, kind="circle"):
    def __init__(self, center: Point, r: float) -> None:
        self.center = center
        self.r = r

    def area(self) -> float:
        return math.pi * self.r ** 2

    def __repr__(self) -> str:
        return f"Circle({self.center}, r={self.r})"


class Polygon(Shape):
    def __init__(self, *pts: Point) -> None:
        self.pts = list(pts)

    def area(self) -> float:
        s = 0.0
        for a, b in zip(self.pts, self.pts[1:] + self.pts[:1]):
            s += a.x * b.y - b.x * a.y
        return abs(s) / 2

    def __repr__(self) -> str:
        return "Polygon(" + ", ".join(map(str, self.pts)) + ")"


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def map(self, f: Callable[[T], Any]) -> "Box[Any]":
        return Box(f(self.item))

    def __repr__(self) -> str:
        return f"Box({self.item!r})"


class Stack(Generic[T]):
    def __init__(self, items: Optional[Iterable[T]] = None) -> None:
        self._items: List[T] = list(items or [])

    def push(self, x: T) -> None:
        self._items.append(x)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


def largest(shapes: Iterable[K]) -> Optional[K]:
    best: Optional[K] = None
    for s in shapes:
        if best is None or s.area() > best.area():
            best = s
    return best


def describe(x: Union[int, str, None]) -> str:
    if x is None:
        return "nothing"
    if isinstance(x, int):
        return f"int {x:+d}"
    return f"str {x!r}"


def bucket(shapes: list["Shape"], extra: dict[str, "Point"] | None = None) -> tuple["Point", ...]:
    return tuple(s.center for s in shapes if isinstance(s, Circle))


def main() -> None:
    shapes: List[Shape] = [
        Circle(Point(0, 0), 1.5),
        Polygon(Point(0, 0), Point(4, 0), Point(4, 3)),
        Polygon(Point(0, 0), Point(2, 0), Point(2, 2), Point(0, 2)),
    ]
    for s in shapes:
        print(f"{s!r:<45} area={s.area():8.3f} protocol={isinstance(s, HasArea)}")
    print("largest:", largest(shapes))
    print("registry:", sorted(Shape.registry))
    print("info:", [s.info() for s in shapes])
    print("not HasArea:", isinstance(42, HasArea))

    p = Point(3)
    print(p, repr(p), p._asdict(), p._replace(y=4).dist(Point(0, 0)))
    print(Point._fields, Point._field_defaults)
    print(Point.__annotations__)

    b = Box(21).map(lambda v: v * 2).map(str)
    print(b, Box[int], Box[int].__origin__ is Box)
    st: Stack[int] = Stack([1, 2])
    st.push(3)
    print(list(st), len(st), st.pop(), list(st))
    try:
        Stack().pop()
    except IndexError as e:
        print("IndexError:", e)

    for v in (None, 7, -3, "hi"):
        print(describe(v))

    hints = get_type_hints(describe)
    print({k: repr(v) for k, v in hints.items()})
    print(get_type_hints(Point.dist))
    print(get_type_hints(bucket))
    print(bucket(shapes))
    print(typing.get_origin(List[int]), typing.get_args(Dict[str, Tuple[int, ...]]))
    print(typing.get_args(Optional[int]), typing.get_origin(Union[int, str]))
    print(List[int], Optional[str], Callable[[int, str], bool], Tuple[int, ...])
    print(Union[int, None] == Optional[int], Union[int, str] == Union[str, int])
    print(ShapeInfo.__required_keys__, sorted(ShapeInfo.__optional_keys__))
    print(T, K, K.__bound__, T.__constraints__)


if __name__ == "__main__":
    main()
