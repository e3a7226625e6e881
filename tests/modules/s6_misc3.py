import calendar, pprint, reprlib, dataclasses, heapq, bisect, copy, string, textwrap, datetime as dt, itertools
print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
calendar.prmonth(2024, 9)
print(calendar.calendar(2024, w=2, l=1, c=6, m=3)[:500])
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
print(calendar.monthcalendar(2024, 3), calendar.day_name[0], calendar.month_abbr[12], list(calendar.day_abbr), calendar.firstweekday())
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 1))
print(tc.formatweekheader(3), calendar.timegm((2024, 1, 1, 0, 0, 0)), list(calendar.Calendar().itermonthdays(2024, 2))[:10])
print(list(calendar.Calendar(6).iterweekdays()), calendar.HTMLCalendar().formatmonth(2024, 1)[:120])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print("IllegalMonthError", e)
@dataclasses.dataclass
class Node:
    name: str
    children: list = dataclasses.field(default_factory=list)
    meta: dict = dataclasses.field(default_factory=dict)
tree = Node("root", [Node("a", [Node("a1"), Node("a2", meta={"k": list(range(12))})]), Node("b", meta={"x": "y" * 30})])
pprint.pprint(tree)
pprint.pprint(tree, width=120)
pprint.pprint([tree.children[1]] * 2, width=50)
print(pprint.pformat({"key": tree.children[0].children}, width=60))
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
pp.pprint({"a": {"b": {"c": {"d": 1}}}, "list": [[[[1]]]]})
print(pprint.pformat(list(range(100)), width=80, compact=True))
print(pprint.pformat({"z": 1, "a": [1, 2], "m": {"q": (1,)}}, sort_dicts=True, underscore_numbers=True), pprint.pformat(10**12, underscore_numbers=True))
print(pprint.pformat("a very long string that should be wrapped into several pieces because it is long " * 2, width=40))
print(pprint.pformat(("tuple", ("nested", ("deep", ("deeper",)))), width=20))
print(pprint.pformat(set(range(30)), width=40), pprint.pformat(frozenset("ab"), width=5) in ("frozenset({'a', 'b'})", "frozenset({'b', 'a'})"))
r = reprlib.Repr()
r.maxlist = 3
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}), r.repr([1, 2, 3, 4, 5]), reprlib.repr(set(range(10))), reprlib.repr((1,) * 10), reprlib.repr(10 ** 100))
class Rec:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Rec({self.items})"
x = Rec(); x.items = [x]
print(repr(x))
print(dt.datetime(2024, 1, 5, 3, 4, 5).strftime("%A, %B %d, %Y at %I:%M:%S %p"), dt.date(2024, 1, 5).ctime(), dt.datetime(2024, 1, 5, 23, 59).ctime())
print(dt.datetime(2024, 3, 10, 12) - dt.timedelta(days=1, hours=13, minutes=5), str(dt.timedelta(microseconds=-1)), str(dt.timedelta(days=400, seconds=3661)), dt.timedelta(days=1) * 1.5, abs(dt.timedelta(days=-2)))
print(dt.date.today() > dt.date(2000, 1, 1), dt.datetime(2024, 2, 29) + dt.timedelta(days=365), dt.date(2024, 1, 31).replace(month=2) if False else "", (dt.date(2025, 1, 1) - dt.date(2024, 1, 1)).days)
print(dt.datetime.strptime("Mon, 05 Feb 2024 14:30:00 +0000", "%a, %d %b %Y %H:%M:%S %z"), dt.datetime.strptime("2024-02-05T14:30:00.123456", "%Y-%m-%dT%H:%M:%S.%f"), dt.datetime.strptime("5/2/24 2:30 PM", "%d/%m/%y %I:%M %p"))
print(dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))).isoformat(), dt.datetime(2024, 1, 1).isoformat(timespec="microseconds"), dt.time(1, 2, 3, 4000).isoformat(timespec="milliseconds"))
print(dt.datetime.fromisoformat("2024-01-01"), dt.datetime.fromisoformat("2024-01-01T10:00:00Z") if True else "", dt.time.fromisoformat("10:20:30.5"), dt.date.fromisocalendar(2024, 1, 1))
