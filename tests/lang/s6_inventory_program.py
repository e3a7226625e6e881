# a small inventory/report program: classes, sorting, formatting, errors handled and reported
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
import json

@dataclass
class Product:
    sku: str
    name: str
    price: Decimal
    qty: int = 0
    tags: set = field(default_factory=set)

    @property
    def value(self):
        return (self.price * self.qty).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

class InventoryError(Exception):
    def __init__(self, sku, reason):
        super().__init__(f"{sku}: {reason}")
        self.sku = sku

class Inventory:
    def __init__(self):
        self._items = {}
        self._log = []

    def add(self, product):
        if product.sku in self._items:
            raise InventoryError(product.sku, "duplicate sku")
        if product.price < 0:
            raise InventoryError(product.sku, f"negative price {product.price}")
        self._items[product.sku] = product
        self._log.append(("add", product.sku))

    def remove(self, sku, qty):
        try:
            item = self._items[sku]
        except KeyError:
            raise InventoryError(sku, "unknown sku") from None
        if qty > item.qty:
            raise InventoryError(sku, f"only {item.qty} left")
        item.qty -= qty
        self._log.append(("remove", sku, qty))
        return item

    def __len__(self): return len(self._items)
    def __iter__(self): return iter(sorted(self._items.values(), key=lambda p: p.sku))
    def __contains__(self, sku): return sku in self._items

    def by_tag(self):
        groups = defaultdict(list)
        for p in self:
            for t in sorted(p.tags) or ["untagged"]:
                groups[t].append(p.sku)
        return dict(sorted(groups.items()))

    def report(self):
        lines = [f"{'SKU':<6}{'Name':<14}{'Qty':>5}{'Price':>9}{'Value':>10}"]
        total = Decimal(0)
        for p in self:
            lines.append(f"{p.sku:<6}{p.name[:13]:<14}{p.qty:>5}{p.price:>9.2f}{p.value:>10}")
            total += p.value
        lines.append(f"{'':<25}{'total':>9}{total:>10,.2f}")
        return "\n".join(lines)

inv = Inventory()
raw = [("A1", "Widget", "2.50", 10, {"tools"}), ("B2", "Gadget deluxe edition", "19.999", 3, {"tools", "gifts"}),
       ("C3", "Ünïcode mug", "7", 0, set()), ("A1", "Dup", "1", 1, set()), ("D4", "Refund", "-5", 1, set())]
for sku, name, price, qty, tags in raw:
    try:
        inv.add(Product(sku, name, Decimal(price), qty, tags))
    except InventoryError as e:
        print("rejected:", e, "| sku attr:", e.sku)
print(len(inv), "A1" in inv, "Z9" in inv)
print(inv.report())
for sku, qty in [("A1", 4), ("B2", 5), ("Q1", 1), ("C3", 0)]:
    try:
        item = inv.remove(sku, qty)
        print(f"removed {qty} x {item.name!r}, {item.qty} left")
    except InventoryError as e:
        print("error:", e, "| cause:", e.__cause__, "| context suppressed:", e.__suppress_context__)
print(inv.by_tag())
print(json.dumps([{"sku": p.sku, "value": str(p.value), "tags": sorted(p.tags)} for p in inv], indent=2, sort_keys=True))
print(inv._log)
summary = {p.sku: (p.qty, float(p.price)) for p in inv}
print(sorted(summary.items(), key=lambda kv: (-kv[1][0], kv[0])))
print(max(inv, key=lambda p: p.value).name, min(inv, key=lambda p: (p.qty, p.sku)).sku, sum(p.qty for p in inv))
print(repr(Product("X", "x", Decimal("1.10"))), Product("X", "x", Decimal(1)) == Product("X", "x", Decimal("1.0")))
