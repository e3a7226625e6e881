"""Quarterly sales report built from generator pipelines and itertools."""
import itertools as it
from collections import namedtuple, Counter, defaultdict
from operator import itemgetter, attrgetter, mul
from functools import reduce
from statistics import mean

Sale = namedtuple("Sale", "month region rep product units price")
REGIONS = ("North", "South", "East")
REPS = {"North": ["ann", "bob"], "South": ["cy"], "East": ["di", "ed", "flo"]}
PRODUCTS = {"widget": 2.5, "gadget": 12.0, "doohickey": 7.25}


def generate():
    seed = 17
    for month in range(1, 13):
        for region in REGIONS:
            for rep in REPS[region]:
                for product, price in PRODUCTS.items():
                    seed = (seed * 1103515245 + 12345) % 2**31
                    units = seed % 40
                    if units:
                        yield Sale(month, region, rep, product, units, price)


def revenue(sales):
    for s in sales:
        yield s, s.units * s.price


sales = list(generate())
print(len(sales), sales[0], sales[-1]._asdict())
quarter = lambda s: (s.month - 1) // 3 + 1
by_q = {q: round(sum(s.units * s.price for s in grp), 2) for q, grp in it.groupby(sales, key=quarter)}
print(by_q)
running = list(it.accumulate(by_q.values()))
print([round(x, 2) for x in running], list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate(range(1, 6), mul)))
for region, grp in it.groupby(sorted(sales, key=attrgetter("region")), key=attrgetter("region")):
    grp = list(grp)
    units = Counter()
    for s in grp:
        units[s.product] += s.units
    best = max(grp, key=lambda s: s.units * s.price)
    print(f"{region:<6} sales={len(grp):>3} units={sum(units.values()):>5} top={units.most_common(1)[0]} best=({best.rep}, m{best.month}, {best.units * best.price:.2f})")
rep_rev = defaultdict(float)
for s, r in revenue(sales):
    rep_rev[s.rep] += r
ranked = sorted(rep_rev.items(), key=itemgetter(1), reverse=True)
for rank, (rep, rev) in enumerate(ranked, 1):
    print(f"{rank}. {rep:<4}{rev:>10,.2f} {'#' * int(rev // 500)}")
print("pairs of top reps:", list(it.combinations([r for r, _ in ranked[:4]], 2)))
print("rota:", list(it.islice(it.cycle(REGIONS), 7)), list(it.repeat("x", 2)))
print("product x region:", len(list(it.product(PRODUCTS, REGIONS))), list(it.product("ab", [0, 1]))[:3])
print("orderings:", list(it.permutations("ABC", 2)), sum(1 for _ in it.permutations(range(5))))
print("bundles:", list(it.combinations_with_replacement(sorted(PRODUCTS), 2))[:4])
monthly = [sum(s.units for s in g) for _, g in it.groupby(sales, key=attrgetter("month"))]
print(monthly)
print("deltas:", [b - a for a, b in it.pairwise(monthly)])
print("zip_longest:", list(it.zip_longest(monthly[:3], "ab", fillvalue="?")))
print("big months:", list(it.compress(range(1, 13), [m > mean(monthly) for m in monthly])))
print("until dip:", list(it.takewhile(lambda p: p[1] >= p[0], it.pairwise(monthly))))
print("after first 250+:", list(it.dropwhile(lambda m: m < 250, monthly)))
print("filterfalse odd:", list(it.filterfalse(lambda m: m % 2, monthly)))
print("starmap:", list(it.starmap(lambda a, b: a * b, [(2, 3), (4, 5)])), list(it.chain([1], (2, 3), "ab")))
a, b = it.tee(iter(monthly), 2)
next(b)
print("tee:", list(zip(a, b))[:3], list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, None, 2)))
chunks = [list(g) for _, g in it.groupby(enumerate(sales[:10]), key=lambda p: p[0] // 4)]
print([[s.product[:3] for _, s in c] for c in chunks])
print(reduce(lambda acc, s: acc + s.units, sales, 0), reduce(max, monthly), sorted(Counter(s.units % 5 for s in sales).items()))


def windowed(seq, n):
    its = it.tee(seq, n)
    for i, x in enumerate(its):
        next(it.islice(x, i, i), None)
        for _ in range(i):
            next(x, None)
    return zip(*its)


print([round(mean(w), 1) for w in windowed(monthly, 3)])


def flatten(nested):
    for x in nested:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, (3, [4, 5])], 6])), list(it.chain.from_iterable(map(range, [1, 2, 3]))))
gen = (s for s in sales if s.units > 38)
print(next(gen), sum(1 for _ in gen), next(gen, "exhausted"))
