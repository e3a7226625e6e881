"""dataclasses: defaults, factories, ordering, frozen, __post_init__, helpers."""
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar


@dataclass
class Item:
    name: str
    price: float
    qty: int = 0
    tags: list = field(default_factory=list)
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def total(self):
        return round(self.price * self.qty, 2)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        return s + (f"-{self.label}" if self.label else "")


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def dist(self, other):
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


@dataclass
class Order:
    items: list
    discount: InitVar[float] = 0.0
    subtotal: float = field(init=False)
    total: float = field(init=False)

    def __post_init__(self, discount):
        if not 0 <= discount < 1:
            raise ValueError(f"bad discount {discount!r}")
        self.subtotal = sum(i.total for i in self.items)
        self.total = round(self.subtotal * (1 - discount), 2)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


a = Item("apple", 0.5, 10, ["fruit"])
b = Item("pear", 0.75)
print(a)
print(b, b.tags is not Item("x", 1).tags)
print(a == Item("apple", 0.5, 10, ["fruit"], {"k": 1}), a == b)
print(asdict(a))
print(astuple(b))
print([f.name for f in fields(Item)], fields(Item)[3].default_factory is list)
print(replace(a, qty=3).total, a.total)

vs = [Version(1, 2, 3), Version(1, 10), Version(0, 9, 9, "rc1"), Version(1, 2, 3, "beta"), Version(2)]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)])
print(Version(1, 2, 3) == Version(1, 2, 3, "x"), Version(1) < Version(1, 0, 1), max(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as exc:
    print("TypeError:", exc)

p, q = Point(0, 0), Point(3.0, 4.0)
print(p, q, p.dist(q), hash(p) == hash(Point(0, 0)), {p, Point(0, 0), q} == {p, q})
try:
    p.x = 5
except dataclasses.FrozenInstanceError as exc:
    print("FrozenInstanceError:", exc)
try:
    del q.y
except AttributeError as exc:
    print(type(exc).__name__, exc)
print(replace(q, y=-4.0))

o = Order([a, replace(b, qty=4)], discount=0.1)
print(o)
print(o.subtotal, o.total)
try:
    Order([], discount=1.5)
except ValueError as exc:
    print(exc)
try:
    replace(o, total=3)
except ValueError as exc:
    print("ValueError:", exc)

tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(asdict(tree))
print(astuple(tree))

for bad in [lambda: Item("x"), lambda: Item("x", 1, 2, [], {}, 9), lambda: Item(name="x", cost=1),
            lambda: Version()]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)

try:
    @dataclass
    class Broken:
        a: int = 0
        b: int
except TypeError as exc:
    print("TypeError:", exc)

try:
    @dataclass
    class Mutable:
        xs: list = []
except ValueError as exc:
    print("ValueError:", exc)

print(dataclasses.is_dataclass(a), dataclasses.is_dataclass(Item), dataclasses.is_dataclass(3))
try:
    asdict(Item)
except TypeError as exc:
    print("TypeError:", exc)
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="z"))])
print(Dyn(1), Dyn.__name__, [f.type for f in fields(Dyn)])
print(Item.__match_args__, Version.__match_args__)
