# Errors passing through library functions CPython implements in C leave no traceback
# entries for them (weft writes some of these in Python).
import bisect, collections, csv, datetime, decimal, functools, heapq, io, itertools, operator, struct, traceback


def bad(a, b):
    raise ValueError("bad")


class Obj:
    def f(self):
        raise KeyError("f")


class Cmp:
    def __lt__(self, o):
        raise TypeError("no order")


cases = [
    lambda: functools.reduce(bad, [1, 2, 3]),
    lambda: functools.reduce(bad, []),
    lambda: functools.partial(bad, 1)(2),
    lambda: functools.lru_cache()(bad)(1, 2),
    lambda: list(itertools.starmap(bad, [(1, 2)])),
    lambda: list(itertools.accumulate([1, 2], bad)),
    lambda: sorted([1, 2], key=functools.cmp_to_key(bad)),
    lambda: list(itertools.filterfalse(lambda x: bad(x, x), [1])),
    lambda: [*itertools.groupby([1], key=lambda x: bad(x, x))],
    lambda: operator.methodcaller("f")(Obj()),
    lambda: collections.defaultdict(lambda: bad(1, 2))["x"],
    lambda: heapq.heappush([Cmp()], Cmp()),
    lambda: bisect.insort([Cmp()], Cmp()),
    lambda: list(itertools.islice([1], -1)),
    lambda: struct.pack("i", "x"),
    lambda: collections.deque(maxlen=-1),
    lambda: collections.OrderedDict().popitem(),
    lambda: datetime.date(2023, 2, 30),
    lambda: datetime.timedelta(days=10**10),
    lambda: datetime.date(2020, 1, 1) + 5,
    lambda: datetime.datetime(2020, 1, 1).replace(month=13),
    lambda: list(csv.reader(['a,"b'], strict=True)),
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.get_dialect("nope"),
    lambda: decimal.Decimal("x"),
    lambda: decimal.Decimal(1) / decimal.Decimal(0),
]
for case in cases:
    try:
        case()
    except Exception:
        print(traceback.format_exc().replace(__file__, "FILE"))
