"""Inventory report: f-string tables, grouping, totals, money rounding and a low-stock alert exit."""
import sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

CSV = """sku,name,category,qty,unit_price,reorder
A-100,Widget,Hardware,25,2.50,10
A-101,Gadget Pro™,Hardware,3,19.99,5
B-200,Café Beans 1kg,Grocery,40,12.00,15
B-201,Green Tea,Grocery,0,4.75,8
C-300,Notebook (A5),Stationery,120,1.10,50
C-301,Fountain Pen,Stationery,7,35.00,2
D-400,Übergröße Jacket,Apparel,2,149.95,3
"""


def cents(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


items = []
header, *lines = CSV.strip().splitlines()
keys = header.split(",")
for line in lines:
    rec = dict(zip(keys, line.split(",")))
    rec["qty"] = int(rec["qty"])
    rec["reorder"] = int(rec["reorder"])
    rec["unit_price"] = Decimal(rec["unit_price"])
    rec["value"] = rec["qty"] * rec["unit_price"]
    items.append(rec)

W = 64
print(f"{' INVENTORY REPORT ':=^{W}}")
print(f"{'SKU':<6} {'Name':<18} {'Cat.':<10} {'Qty':>5} {'Price':>9} {'Value':>10}")
print("-" * W)
for it in sorted(items, key=lambda r: (r["category"], -r["value"])):
    flag = " !" if it["qty"] <= it["reorder"] else ""
    name = it["name"] if len(it["name"]) <= 18 else it["name"][:17] + "…"
    print(f"{it['sku']:<6} {name:<18} {it['category'][:10]:<10} {it['qty']:>5d} "
          f"{it['unit_price']:>9,.2f} {it['value']:>10,.2f}{flag}")
print("-" * W)
by_cat = defaultdict(lambda: [0, Decimal(0)])
for it in items:
    by_cat[it["category"]][0] += it["qty"]
    by_cat[it["category"]][1] += it["value"]
grand = sum(v for _, v in by_cat.values())
for cat, (qty, value) in sorted(by_cat.items(), key=lambda kv: kv[1][1], reverse=True):
    share = value / grand
    bar = "█" * int(share * 30)
    print(f"{cat:<12}{qty:>6}{cents(value):>12,}  {share:6.1%} {bar}")
print(f"{'TOTAL':<12}{sum(q for q, _ in by_cat.values()):>6}{cents(grand):>12,}")
avg = grand / len(items)
print(f"average value per SKU: {cents(avg)}  ({avg:.6f})")
print(f"most valuable: {max(items, key=lambda r: r['value'])['name']!r}; cheapest: {min(items, key=lambda r: r['unit_price'])['name']}")
print(f"{'hex':>5}|{255:>#8x}|{255:<#8o}|{-17:^+9d}|{0.000123:.2e}|{1234.5:>+12,.3f}|{True!s:>6}|")
low = [it for it in items if it["qty"] <= it["reorder"]]
out = [it["sku"] for it in low if it["qty"] == 0]
print(f"{len(low)} items at or below reorder level: {', '.join(it['sku'] for it in low)}")
if out:
    sys.exit(f"ALERT: out of stock: {out}")
