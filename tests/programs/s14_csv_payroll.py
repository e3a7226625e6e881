"""Payroll report from CSV text: csv.DictReader/writer on StringIO, grouping, Decimal totals."""
import csv
import io
import itertools
import operator
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP
from statistics import mean, median

RAW = '''id,name,dept,hours,rate,notes
101,"Lovelace, Ada",Engineering,40,52.50,
102,Grace Hopper,Engineering,45,61.00,"overtime, approved"
103,Alan Turing,Research,38.5,58.25,
104,"O'Neil, Cathy",Research,41,49.99,"said ""hi"""
105,Edsger Dijkstra,Engineering,,55.00,missing hours
106,Barbara Liskov,Management,50,70.10,
107,Ken Thompson,Research,forty,45.00,bad hours
108,Margaret Hamilton,Management,36,66.66,
'''

CENT = Decimal("0.01")


def pay(hours, rate):
    regular = min(hours, Decimal(40))
    overtime = max(hours - 40, Decimal(0))
    return ((regular + overtime * Decimal("1.5")) * rate).quantize(CENT, ROUND_HALF_UP)


records, problems = [], []
reader = csv.DictReader(io.StringIO(RAW))
print("fields:", reader.fieldnames)
for row in reader:
    try:
        if not row["hours"]:
            raise ValueError("hours missing")
        hours = Decimal(row["hours"])
    except (ArithmeticError, ValueError) as e:
        problems.append((reader.line_num, row["name"], f"{type(e).__name__}: {e}"))
        continue
    rate = Decimal(row["rate"])
    records.append({"id": int(row["id"]), "name": row["name"], "dept": row["dept"],
                    "hours": hours, "rate": rate, "pay": pay(hours, rate), "notes": row["notes"]})

print(f"{len(records)} good rows, {len(problems)} problems")
for line, name, why in problems:
    print(f"  line {line}: {name!r}: {why}")

print()
header = f"{'ID':>4} {'Name':<20} {'Dept':<12} {'Hours':>6} {'Rate':>7} {'Pay':>10}"
print(header)
print("-" * len(header))
key = operator.itemgetter("dept")
grand = Decimal(0)
for dept, group in itertools.groupby(sorted(records, key=lambda r: (r["dept"], -r["pay"])), key=key):
    group = list(group)
    subtotal = sum((r["pay"] for r in group), Decimal(0))
    grand += subtotal
    for r in group:
        print(f"{r['id']:>4} {r['name']:<20.20} {r['dept']:<12} {r['hours']:>6} {r['rate']:>7} {r['pay']:>10,}")
    print(f"{'':>4} {'subtotal ' + dept:>41} {subtotal:>16,}")
print(f"{'GRAND TOTAL':>46} {grand:>16,}")

by_dept = defaultdict(list)
for r in records:
    by_dept[r["dept"]].append(float(r["hours"]))
for dept, hours in sorted(by_dept.items()):
    print(f"{dept:<12} n={len(hours)} mean={mean(hours):6.2f} median={median(hours):5.1f} max={max(hours)}")

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["name", "pay", "note"])
for r in records[:4]:
    w.writerow([r["name"], float(r["pay"]), r["notes"] or None])
print(out.getvalue(), end="")

out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "pay"], extrasaction="ignore", delimiter=";")
dw.writeheader()
dw.writerows(records[-2:])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["id"]).writerow({"id": 1, "bogus": 2})
except ValueError as e:
    print("ValueError:", e)

tsv = "a\tb\tc\n1\t\"x\ty\"\t3\n"
print(list(csv.reader(io.StringIO(tsv), delimiter="\t")))
print(list(csv.reader(["one,two", " spaced , value ", "'q,1',2"], skipinitialspace=True, quotechar="'")))
dialect = csv.Sniffer().sniff("x|y|z\n1|2|3\n")
print(dialect.delimiter, csv.Sniffer().has_header("name,age\nann,31\nbob,42\n"))
try:
    list(csv.reader(io.StringIO('a,"b\n'), strict=True))
except csv.Error as e:
    print("csv.Error:", e)
print(list(csv.reader(io.StringIO('a,"b""c",d\r\ne,f\r\n'))))
