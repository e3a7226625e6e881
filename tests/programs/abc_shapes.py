"""ABC hierarchy, properties, class/static methods, operator overloading and sorting."""
from abc import ABC, abstractmethod
import math
from functools import total_ordering


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @property
    @abstractmethod
    def sides(self):
        ...

    def describe(self):
        return f"{self.name}: area={self.area():.3f} perimeter={self.perimeter():.3f} sides={self.sides}"

    @classmethod
    def unit(cls):
        return cls(1)

    @staticmethod
    def compare(a, b):
        return (a.area() > b.area()) - (a.area() < b.area())


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    sides = 0


class Square(Shape):
    def __init__(self, s):
        super().__init__("square")
        self._s = s

    @property
    def side(self):
        return self._s

    @side.setter
    def side(self, v):
        if v <= 0:
            raise ValueError("side must be positive")
        self._s = v

    @side.deleter
    def side(self):
        raise AttributeError("can't delete side")

    def area(self):
        return self._s ** 2

    def perimeter(self):
        return 4 * self._s

    @property
    def sides(self):
        return 4


class Partial(Shape):
    def area(self):
        return 0


for cls in (Shape, Partial):
    try:
        cls("x")
    except TypeError as e:
        print("TypeError:", e)

shapes = [Circle(2), Square(3), Circle.unit(), Square.unit(), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(Shape.count, Shape.compare(shapes[0], shapes[1]), isinstance(shapes[0], Shape), issubclass(Square, ABC))
sq = shapes[1]
sq.side = 5
print(sq.side, sq.area())
for bad in (0, -1):
    try:
        sq.side = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    del sq.side
except AttributeError as e:
    print("AttributeError:", e)
try:
    sq.sides = 3
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), Square.__abstractmethods__)


class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, "__len__")
        return NotImplemented


print(isinstance([], Sized2), isinstance(1, Sized2), issubclass(dict, Sized2))


class Plugin(ABC):
    pass


class External:
    pass


Plugin.register(External)
print(isinstance(External(), Plugin), issubclass(External, Plugin), Plugin.__subclasses__())


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return f"Version({'.'.join(map(str, self.parts))!r})"


vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "1.10", "2.0"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))
print(len(set(vs)), Version("1.0") == "1.0", Version("1.0") != Version("1.0.0"))
try:
    Version("1.0") < "1.0"
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Version("1"), 3])
except TypeError as e:
    print("TypeError:", e)
