"""Warehouse inventory with dataclasses, enums and flags."""
from dataclasses import (dataclass, field, asdict, astuple, replace, fields,
                         InitVar, FrozenInstanceError, KW_ONLY, is_dataclass)
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
from collections import Counter, defaultdict
from decimal import Decimal
import json


@unique
class Category(Enum):
    TOOLS = "tools"
    GARDEN = "garden"
    KITCHEN = "kitchen"

    @property
    def label(self):
        return self.value.title()

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    DELETE = auto()
    ALL = READ | WRITE | DELETE


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


class Color(StrEnum):
    RED = auto()
    GREEN = auto()


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    category: Category
    price: Decimal
    qty: int = 0
    tags: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (self.category.value, self.sku)

    @property
    def value(self):
        return self.price * self.qty


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str

    def __str__(self):
        return f"{self.aisle}{self.shelf}"


@dataclass
class Shipment:
    items: list
    _: KW_ONLY
    carrier: str = "post"
    discount: InitVar[int] = 0
    total: Decimal = field(init=False, default=Decimal(0))

    def __post_init__(self, discount):
        t = sum((i.value for i in self.items), Decimal(0))
        self.total = t * (100 - discount) / 100


@dataclass(slots=True)
class Tiny:
    a: int
    b: int = 2


def main():
    items = [
        Item("T-100", "Hammer", Category.TOOLS, Decimal("12.50"), 4, ["steel"]),
        Item("G-010", "Rake", Category("garden"), Decimal("19.99"), 2),
        Item("K-777", "Whisk", Category("KITCHEN"), Decimal("3.25"), 10),
        Item("T-050", "Wrench", Category.TOOLS, Decimal("8.00"), 0),
    ]
    for it in sorted(items):
        print(f"{it.sku:<6} {it.name:<8} {it.category.label:<8} {it.price:>7} x{it.qty:<3} = {it.value:>8}")
    print(items[0])
    print(items[0] == replace(items[0], tags=[]), items[0] < items[1])
    print(asdict(items[1]))
    print(astuple(items[2])[1:4])
    print([f.name for f in fields(Item)], is_dataclass(items[0]), is_dataclass(Item))

    loc = Location(3, "B")
    try:
        loc.aisle = 4
    except FrozenInstanceError as e:
        print("frozen:", e)
    print(loc, repr(loc), hash(loc) == hash(Location(3, "B")), {loc: 1}[Location(3, "B")])

    sh = Shipment(items[:3], carrier="ups", discount=10)
    print(sh.carrier, sh.total, repr(sh)[:40])
    try:
        Shipment(items, "dhl")
    except TypeError as e:
        print("TypeError:", e)

    t = Tiny(1)
    print(t, Tiny.__slots__, hasattr(t, "__dict__"))
    try:
        t.c = 3
    except AttributeError as e:
        print("AttributeError:", e)

    by_cat = defaultdict(list)
    for it in items:
        by_cat[it.category].append(it.name)
    for cat in Category:
        print(cat, cat.name, repr(cat), by_cat[cat])
    try:
        Category("toys")
    except ValueError as e:
        print("ValueError:", e)

    print(Priority.HIGH > Priority.LOW, Priority(2), Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))
    print(repr(Priority.NORMAL), f"{Priority.NORMAL}", str(Priority.NORMAL), int(Priority.NORMAL))

    p = Perm.READ | Perm.WRITE
    print(p, repr(p), Perm.READ in p, Perm.DELETE in p, bool(Perm(0)))
    print(Perm.ALL, list(Perm.ALL), ~Perm.READ, Perm(0), repr(Perm(0)))
    print([m.name for m in Perm], len(Perm))
    m = Mode.R | Mode.W
    print(m, repr(m), int(m), m & Mode.W, Mode(7), Mode(8) if False else Mode(0), repr(Mode(5)))
    print(Color.RED, repr(Color.GREEN), Color.RED == "red", Color("green").upper())
    print(f"{Color.RED}|{Category.TOOLS}|{Perm.READ}|{Mode.X}")
    print(Category.__members__.keys(), Category["GARDEN"].value)

    counts = Counter(it.category.name for it in items for _ in range(it.qty))
    print(counts.most_common(2))
    payload = json.dumps([{**asdict(i), "category": i.category.value, "price": str(i.price)} for i in items[:2]], indent=1)
    print(payload)


main()
