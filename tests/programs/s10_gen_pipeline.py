"""Sales data processing with generator pipelines, itertools and collections."""
import itertools as it
import operator
from collections import Counter, defaultdict, deque, namedtuple
from functools import reduce, partial
import statistics
import csv
import io
import json

RAW = """date,region,rep,product,units,price
2024-01-03,north,ann,widget,5,2.50
2024-01-03,south,bob,gadget,2,10.00
2024-01-04,north,ann,gadget,1,10.00
2024-01-04,east,cy,widget,12,2.25
2024-01-05,south,bob,widget,7,2.50
2024-01-05,north,dee,doohickey,3,7.75
2024-01-06,east,cy,gadget,4,9.50
2024-01-06,south,eve,widget,,2.50
2024-01-07,north,ann,doohickey,2,7.75
2024-01-07,east,cy,widget,9,2.25
"""

Sale = namedtuple("Sale", "date region rep product units price")


def read_rows(text):
    yield from csv.DictReader(io.StringIO(text))


def parse(rows, errors):
    for n, r in enumerate(rows, start=2):
        try:
            yield Sale(r["date"], r["region"], r["rep"], r["product"], int(r["units"]), float(r["price"]))
        except ValueError as e:
            errors.append(f"line {n}: {e}")


def with_total(sales):
    for s in sales:
        yield s, round(s.units * s.price, 2)


def moving_average(values, n):
    window = deque(maxlen=n)
    for v in values:
        window.append(v)
        yield round(sum(window) / len(window), 3)


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            print("  averager reset")
            total = count = 0
            avg = None
            continue
        if x is None:
            return total
        total += x
        count += 1
        avg = total / count


def delegate(results):
    while True:
        results.append((yield from averager()))


def main():
    errors = []
    rows = list(with_total(parse(read_rows(RAW), errors)))
    print("errors:", errors)
    print("rows:", len(rows))
    by_date = it.groupby(rows, key=lambda st: st[0].date)
    daily = [(d, round(sum(t for _, t in grp), 2)) for d, grp in by_date]
    for d, t in daily:
        print(f"  {d}  {t:>7.2f}  {'#' * int(t // 5)}")
    totals = [t for _, t in daily]
    print("running:", list(it.accumulate(totals, lambda a, b: round(a + b, 2))))
    print("moving:", list(moving_average(totals, 3)))
    print("pairs up:", [b > a for a, b in it.pairwise(totals)])

    per_rep = defaultdict(float)
    for s, t in rows:
        per_rep[s.rep] += t
    print("per rep:", {k: round(v, 2) for k, v in sorted(per_rep.items(), key=operator.itemgetter(1), reverse=True)})
    units = Counter()
    for s, _ in rows:
        units[s.product] += s.units
    print("units:", units.most_common(), units.total())
    print("units+:", units + Counter(widget=-100, gizmo=1), units - Counter(widget=30))
    regions = sorted({s.region for s, _ in rows})
    products = sorted({s.product for s, _ in rows})
    print(f"{'':8}" + "".join(f"{p:>10}" for p in products))
    for r in regions:
        cells = [sum(s.units for s, _ in rows if s.region == r and s.product == p) for p in products]
        print(f"{r:8}" + "".join(f"{c:>10}" for c in cells))
    prices = [s.price for s, _ in rows]
    print("stats:", statistics.mean(prices), statistics.median(prices), statistics.mode(prices),
          round(statistics.pstdev(prices), 4), statistics.median_low([3, 1, 4, 2]))
    print("quantiles:", statistics.quantiles([s.units for s, _ in rows], n=4))

    print(list(it.islice(it.count(10, 5), 4)), list(it.repeat("x", 3)), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
    print(list(it.chain.from_iterable([[1, 2], (3,), "ab"])), list(it.zip_longest("ab", "wxyz", fillvalue="-")))
    print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
    print(list(it.filterfalse(str.isdigit, "a1b2c3")), list(it.starmap(pow, [(2, 5), (3, 2)])))
    print(list(it.combinations("abcd", 2))[:4], len(list(it.permutations(range(4), 3))),
          list(it.combinations_with_replacement("ab", 2)), list(it.product("ab", repeat=2)))
    a, b = it.tee(iter([1, 2, 3]))
    print(next(a), list(a), list(b), list(it.cycle("xy").__next__() for _ in range(3)))
    key = operator.attrgetter("region", "rep")
    print(sorted({key(s) for s, _ in rows})[:3], operator.itemgetter(1, 3)("abcd"),
          operator.methodcaller("split", "-")("a-b-c"))
    print(reduce(operator.or_, [{1}, {2}, {1, 3}]), list(map(partial(int, base=2), ["101", "11"])))

    results = []
    g = delegate(results)
    next(g)
    for x in (10, 20, 30):
        print("  avg:", g.send(x))
    g.throw(ValueError)
    g.send(5)
    g.send(None)
    print("delegate results:", results)
    g.close()
    try:
        g.send(1)
    except StopIteration:
        print("closed generator -> StopIteration")

    def gen_with_return():
        yield 1
        return "done"

    gr = gen_with_return()
    print(next(gr))
    try:
        next(gr)
    except StopIteration as e:
        print("return value:", e.value)

    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["rep", "total", "note"])
    for rep, tot in sorted(per_rep.items()):
        w.writerow([rep, f"{tot:.2f}", 'said "hi", left' if rep == "ann" else ""])
    print(out.getvalue(), end="")
    dw = csv.DictWriter(out, fieldnames=["a", "b"], extrasaction="ignore")
    print(json.dumps({"daily": dict(daily), "products": products}, sort_keys=True))
    print(json.dumps([1.0, 1e20, 0.1, float("inf"), None, True, "é"], ensure_ascii=True))
    print(json.loads('{"a": [1, 2.5, "x", null, false], "b": {"c": -1e3}}'))
    try:
        json.loads('{"a": 1,}')
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)


main()
