"""Inventory report: f-string specs, str.format nested fields, % formatting."""
from collections import namedtuple, OrderedDict
from operator import itemgetter, attrgetter

Item = namedtuple("Item", "sku name qty price category")

stock = [
    Item("A-100", "Widget", 120, 2.5, "tools"),
    Item("B-220", "Gadget, deluxe", 7, 149.99, "electronics"),
    Item("C-003", "Gizmo", 0, 19.0, "toys"),
    Item("A-101", "Sprocket", 3400, 0.075, "tools"),
    Item("D-999", "Thingamajig with a very long name", 42, 1234.5, "misc"),
    Item("B-221", "Doohickey", 15, 33.333, "electronics"),
]

width = 60
print("=" * width)
print("{:^{w}}".format("INVENTORY REPORT", w=width))
print("=" * width)
hdr = "{0:<7}|{1:<20.20}|{2:>6}|{3:>10}|{4:>12}"
print(hdr.format("SKU", "Name", "Qty", "Price", "Value"))
print("-" * width)
for it in stock:
    value = it.qty * it.price
    print(hdr.format(it.sku, it.name, it.qty, f"{it.price:.2f}", f"{value:,.2f}"))
print("-" * width)
total = sum(i.qty * i.price for i in stock)
print(f"{'TOTAL':<35}{total:>25,.3f}")

print()
print("%-10s %5s %8s" % ("category", "items", "units"))
bycat = OrderedDict()
for it in sorted(stock, key=attrgetter("category", "sku")):
    bycat.setdefault(it.category, []).append(it)
for cat, items in bycat.items():
    print("%-10s %5d %8d" % (cat, len(items), sum(i.qty for i in items)))
bycat.move_to_end("electronics")
bycat.move_to_end("toys", last=False)
print(list(bycat))
print(bycat.popitem(last=False)[0], bycat.popitem()[0], list(bycat.keys()))

print()
for spec in ["", "10", "<10", ">10", "^10", "*^10", "=+10", "+", " ", "010", ",", "_", "#x", "#o", "#b", "08.3f", ".2e", ".3g", "%", "10.1%"]:
    try:
        a = format(12345, spec) if not any(c in spec for c in "fe%g") else format(12345.6789, spec)
    except ValueError as exc:
        a = f"ValueError: {exc}"
    print(f"{spec!r:>8} -> [{a}]")

print("%5.1f%% | %x | %X | %o | %e | %r | %c | %+d | % d | %05d" % (99.5, 255, 255, 8, 12345.678, "q", 65, 5, 5, 42))
print("%(name)s has %(qty)03d units at $%(price).2f" % stock[0]._asdict())
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("{0[0]}-{0[1]} {1.name} {1.qty:>{2}}".format(("x", "y"), stock[1], 8))
print("{!r:>20} {!s:<8}| {:#06x}".format("hi", None, 255))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=11))
nums = [3.14159, -2.5, 1e10, 1.5e-7, 0.0, -0.0, float("inf"), float("nan")]
for n in nums:
    print(f"{n:>12g}|{n:<12.3e}|{n:^+12.2f}|{n!r}")
print(f"{1234567:_d} {0xDEADBEEF:_x} {10**12:,} {-1234.5:,.1f} {3:b} {-7:#b}")
print(f"{'abc':>{2+3}} {'abc'!r:^9} {42:{'>'}{6}} {{literal}}")
low = sorted(stock, key=itemgetter(2))[:3]
print([i.sku for i in low], max(stock, key=attrgetter("price")).name)
print(stock[0]._replace(qty=0), Item._fields, Item._make(["Z", "z", 1, 1.0, "c"]))
print(f"{len(stock)=} {total=:.1f} {stock[2].qty == 0 = }")
