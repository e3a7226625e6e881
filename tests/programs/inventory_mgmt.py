"""Inventory management simulation with dataclasses and properties."""
from dataclasses import dataclass, field, asdict, astuple, replace
from typing import List, Optional
from collections import defaultdict


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    price: float = field(default=0.0, compare=False)
    qty: int = field(default=0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False, repr=False)

    @property
    def value(self):
        return round(self.price * self.qty, 2)

    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price for {self.sku!r}")


@dataclass(frozen=True)
class Movement:
    sku: str
    delta: int
    note: Optional[str] = None


class Inventory:
    def __init__(self):
        self._items = {}
        self.log = []

    def add(self, item):
        if item.sku in self._items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self._items[item.sku] = item

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku!r}") from None

    def move(self, sku, delta, note=None):
        it = self[sku]
        if it.qty + delta < 0:
            raise OutOfStock(sku, -delta, it.qty)
        it.qty += delta
        self.log.append(Movement(sku, delta, note))

    @property
    def total_value(self):
        return sum(i.value for i in self._items.values())

    def by_tag(self):
        d = defaultdict(list)
        for it in self._items.values():
            for t in it.tags:
                d[t].append(it.sku)
        return dict(sorted(d.items()))

    def report(self):
        lines = [f"{'SKU':<8}{'Name':<16}{'Price':>9}{'Qty':>6}{'Value':>11}"]
        lines.append("-" * len(lines[0]))
        for it in sorted(self._items.values()):
            lines.append(f"{it.sku:<8}{it.name:<16}{it.price:>9.2f}{it.qty:>6d}{it.value:>11,.2f}")
        lines.append(f"{'TOTAL':<39}{self.total_value:>11,.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add(Item("B200", "Bolt M6", 0.12, 5000, ["hardware", "small"]))
inv.add(Item("A100", "Hammer", 24.5, 12, ["tools"]))
inv.add(Item("C300", "Drill", 129.99, 3, ["tools", "power"]))
inv.add(Item("D400", "Nut M6", 0.05, 7200, ["hardware", "small"]))
print(inv.report())
print(len(inv), "A100" in inv, "Z999" in inv)
print(inv["A100"])
print(repr(Movement("A100", -2)))
print(asdict(inv["C300"]))
print(astuple(inv["A100"]))
print(replace(inv["A100"], qty=99))
print(Item("A", "x") < Item("B", "y"), Item("A", "x") == Item("A", "y"))

for sku, delta in [("A100", -5), ("C300", -4), ("Z999", 1), ("B200", 250), ("A100", -7), ("A100", -1)]:
    try:
        inv.move(sku, delta, note="order")
        print(f"moved {delta:+d} of {sku}: now {inv[sku].qty}")
    except OutOfStock as e:
        print("OutOfStock:", e, "| sku =", e.sku, "| isinstance base:", isinstance(e, InventoryError))
    except InventoryError as e:
        print("InventoryError:", e, e.__suppress_context__, e.__context__)

print(inv.log)
print(inv.by_tag())
try:
    Item("E", "bad", -1)
except ValueError as e:
    print("ValueError:", e)
m = Movement("A", 1)
try:
    m.delta = 5
except Exception as e:
    print(type(e).__name__, e)
print(hash(m) == hash(Movement("A", 1)))
try:
    inv.add(Item("A100", "Dup"))
except InventoryError as e:
    print(e.args)
print(f"{inv.total_value:,.3f}")
