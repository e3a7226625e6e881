"""Warehouse inventory simulation: a class hierarchy, events from a seeded RNG, reorder logic and a report."""
import random
from abc import ABC, abstractmethod
from collections import defaultdict, Counter
from dataclasses import dataclass, field
from enum import Enum
from typing import Iterator


class Category(Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku, self.wanted, self.have = sku, wanted, have


class Item(ABC):
    _registry = {}

    def __init__(self, sku: str, name: str, price: float, qty: int = 0):
        self.sku, self.name, self._price, self.qty = sku, name, price, qty
        Item._registry[sku] = self

    def __init_subclass__(cls, category=None, **kw):
        super().__init_subclass__(**kw)
        cls.category = category

    @property
    def price(self) -> float:
        return round(self._price * (1 - self.discount()), 2)

    @abstractmethod
    def discount(self) -> float: ...

    def reorder_point(self) -> int:
        return 5

    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, qty={self.qty})"

    def __lt__(self, other):
        return (self.category.value, self.sku) < (other.category.value, other.sku)


class Tool(Item, category=Category.TOOLS):
    def discount(self):
        return 0.0


class Food(Item, category=Category.FOOD):
    def __init__(self, *a, shelf_days=10, **k):
        super().__init__(*a, **k)
        self.shelf_days = shelf_days

    def discount(self):
        return 0.5 if self.shelf_days <= 2 else 0.0

    def reorder_point(self):
        return 10


class Toy(Item, category=Category.TOYS):
    def discount(self):
        return 0.15


@dataclass
class Ledger:
    sales: Counter = field(default_factory=Counter)
    revenue: float = 0.0
    misses: list = field(default_factory=list)
    reorders: defaultdict = field(default_factory=lambda: defaultdict(int))

    def lines(self) -> Iterator[str]:
        yield f"revenue: {self.revenue:>10,.2f}"
        for sku, n in sorted(self.sales.items(), key=lambda kv: (-kv[1], kv[0])):
            yield f"  sold {sku:<6} x{n:>3}"
        yield f"missed sales: {len(self.misses)}"
        for sku, n in sorted(self.reorders.items()):
            yield f"  reordered {sku:<6} {n:>3} units"


stock = [
    Tool("T-100", "Hammer", 12.5, 8),
    Tool("T-200", "Wrench set", 39.99, 3),
    Food("F-001", "Bread", 2.2, 20, shelf_days=3),
    Food("F-002", "Cheese", 7.75, 12, shelf_days=9),
    Toy("Y-010", "Robot", 24.0, 6),
    Toy("Y-020", "Kite", 9.5, 0),
]
ledger = Ledger()
rng = random.Random(1234)


def sell(sku, n):
    item = Item._registry[sku]
    if item.qty < n:
        raise OutOfStock(sku, n, item.qty)
    item.qty -= n
    ledger.sales[sku] += n
    ledger.revenue += item.price * n


for day in range(1, 8):
    events = []
    for _ in range(rng.randint(3, 6)):
        sku = rng.choice(sorted(Item._registry))
        n = rng.randint(1, 4)
        try:
            sell(sku, n)
            events.append(f"{sku}-{n}")
        except OutOfStock as e:
            ledger.misses.append((day, e.sku, e.wanted))
            events.append(f"!{sku}")
    for item in stock:
        if isinstance(item, Food):
            item.shelf_days -= 1
        if item.qty <= item.reorder_point():
            amount = item.reorder_point() * 2 - item.qty
            item.qty += amount
            ledger.reorders[item.sku] += amount
    print(f"day {day}: {' '.join(events)}")

print()
print(f"{'SKU':<6} {'Name':<11} {'Cat':<6} {'Price':>7} {'Qty':>4}")
for item in sorted(stock):
    print(f"{item.sku:<6} {item.name:<11.11} {item.category.value:<6} {item.price:>7.2f} {item.qty:>4}")
print()
print("\n".join(ledger.lines()))
by_cat = defaultdict(int)
for item in stock:
    by_cat[item.category] += item.qty
print({c.name: q for c, q in sorted(by_cat.items(), key=lambda kv: kv[0].value)})
print(sorted(stock)[:2], min(stock, key=lambda i: i.price).name, max(stock, key=lambda i: (i.qty, i.sku)).sku)
print(Tool.category, Item.category if hasattr(Item, "category") else None, Food.__mro__[1].__name__)
try:
    Item("X", "abstract", 1.0)
except TypeError as e:
    print("TypeError:", e)
