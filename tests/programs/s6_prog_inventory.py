"""Inventory manager: dataclasses + json round trip + reports."""
import json
from dataclasses import dataclass, field, asdict
from collections import defaultdict, Counter
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta
from enum import Enum
from typing import List
import statistics, textwrap, operator, itertools, functools


class Category(Enum):
    TOOLS = "tools"
    FOOD = "food"
    TOYS = "toys"


@dataclass(order=True)
class Item:
    sku: str
    name: str = field(compare=False)
    category: Category = field(compare=False)
    price: Decimal = field(compare=False)
    qty: int = field(default=0, compare=False)
    expires: date = field(default=None, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

    @property
    def value(self):
        return (self.price * self.qty).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def encode(o):
    if isinstance(o, Decimal):
        return str(o)
    if isinstance(o, date):
        return o.isoformat()
    if isinstance(o, Enum):
        return o.value
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")


def decode(d):
    return Item(d["sku"], d["name"], Category(d["category"]), Decimal(d["price"]), d["qty"],
                date.fromisoformat(d["expires"]) if d["expires"] else None, d["tags"])


today = date(2024, 6, 1)
items = [
    Item("T-100", "Hammer", Category.TOOLS, Decimal("12.99"), 14, tags=["steel"]),
    Item("F-200", "Apples (kg)", Category.FOOD, Decimal("2.49"), 120, today + timedelta(days=7), ["fruit", "fresh"]),
    Item("F-201", "Rice 5kg", Category.FOOD, Decimal("8.75"), 33, today + timedelta(days=400)),
    Item("Y-300", "Yo-yo", Category.TOYS, Decimal("3.333"), 0),
    Item("T-101", "Screwdriver set", Category.TOOLS, Decimal("24.50"), 5, tags=["steel", "set"]),
    Item("F-202", "Milk 1L", Category.FOOD, Decimal("0.99"), 48, today + timedelta(days=2), ["fresh", "dairy"]),
]
blob = json.dumps([asdict(i) for i in items], default=encode, indent=2, sort_keys=True)
print(blob[:300])
restored = [decode(d) for d in json.loads(blob)]
print(restored == items, restored[1] == items[1], sorted(restored)[0].sku)

by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it)
print(f"{'Category':<10}{'Items':>6}{'Units':>8}{'Value':>12}")
for cat in Category:
    lst = by_cat[cat]
    total = sum((i.value for i in lst), Decimal(0))
    print(f"{cat.name:<10}{len(lst):>6}{sum(i.qty for i in lst):>8}{total:>12,.2f}")
grand = sum(i.value for i in items)
print(f"{'TOTAL':<10}{'':>14}{grand:>12,.2f}")
print("out of stock:", [i.name for i in items if not i.qty])
soon = [i for i in items if i.expires and i.expires - today <= timedelta(days=7)]
print("expiring:", ", ".join(f"{i.name} ({(i.expires - today).days}d, {i.expires:%a %d %b})" for i in sorted(soon, key=operator.attrgetter("expires"))))
tags = Counter(itertools.chain.from_iterable(i.tags for i in items))
print(tags.most_common(2), sorted(tags.elements()))
prices = [float(i.price) for i in items]
print(round(statistics.mean(prices), 4), statistics.median(prices), round(statistics.stdev(prices), 4))
print(textwrap.fill("Items: " + ", ".join(i.name for i in sorted(items, key=lambda i: i.name.lower())), width=40, subsequent_indent="  "))
cheapest = functools.reduce(lambda a, b: a if a.price <= b.price else b, items)
print(cheapest.name, cheapest.price, cheapest.value, repr(cheapest.price))
for key, grp in itertools.groupby(sorted(items, key=lambda i: i.sku[0]), key=lambda i: i.sku[0]):
    print(key, [g.sku for g in grp])
try:
    json.dumps(items[0], default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({"d": {1, 2}}, default=encode)
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"price": Decimal("1.10"), "when": today, "cat": Category.FOOD}, default=encode, separators=(",", ":")))
