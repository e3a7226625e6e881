import datetime as dt, time, pprint, textwrap, string, sys, os.path, io, contextlib, copy, heapq, bisect
d = dt.datetime(2024, 2, 29, 13, 5, 9, 123456)
print(d, repr(d), d.isoformat(), d.isoformat(sep=" ", timespec="minutes"), d.date(), d.time(), d.timetuple())
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B %d %j %U %W %w", "%I:%M %p", "%y %C %e %G %V %u", "%f %%", "%c", "%x %X", "%D %T %R %h %n%t|"]:
    print(fmt, "->", d.strftime(fmt))
print(d + dt.timedelta(days=1, hours=12), d - dt.datetime(2024, 1, 1), (d - dt.datetime(2023, 1, 1)).total_seconds())
print(dt.timedelta(days=-1, seconds=5), repr(dt.timedelta(hours=25, microseconds=3)), dt.timedelta(weeks=2) / dt.timedelta(days=3), dt.timedelta(seconds=7) // 2)
print(dt.date(2024, 1, 31) + dt.timedelta(days=30), dt.date(2024, 3, 1).weekday(), dt.date(2024, 3, 1).isoweekday(), dt.date(2024, 12, 30).isocalendar())
print(dt.datetime.strptime("2023-07-04 09:30", "%Y-%m-%d %H:%M"), dt.datetime.strptime("04/Jul/2023", "%d/%b/%Y"), dt.date.fromisoformat("2020-05-17"))
print(dt.datetime.fromisoformat("2021-06-01T12:30:45.5+02:00"), dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc), dt.timezone(dt.timedelta(hours=-5, minutes=-30)))
tz = dt.timezone(dt.timedelta(hours=9), "JST")
a = dt.datetime(2024, 1, 1, 9, tzinfo=tz)
print(a, a.astimezone(dt.timezone.utc), a.utcoffset(), a.tzname(), a.strftime("%z %Z"), repr(tz))
print(dt.datetime.fromtimestamp(0, dt.timezone.utc), dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc).timestamp(), dt.date.fromordinal(738000), dt.date(2024, 1, 1).toordinal())
print(dt.time(14, 30), dt.time(14, 30, 1, 500).isoformat(), dt.time(9).strftime("%I %p"), dt.date.min, dt.date.max, dt.timedelta.max, dt.datetime.combine(dt.date(2000, 1, 1), dt.time(1, 2)))
print(d.replace(year=2023, day=28), sorted([dt.date(2024, 5, 1), dt.date(2023, 5, 1)]), dt.date(2024, 1, 1) < dt.date(2024, 1, 2), f"{d:%B %d, %Y}", format(dt.date(2000, 1, 2), ""))
for bad in [lambda: dt.date(2023, 2, 29), lambda: dt.datetime.strptime("2023-13-01", "%Y-%m-%d"), lambda: dt.datetime.strptime("x", "%Y"), lambda: dt.time(25),
            lambda: dt.date(2024, 1, 1) - dt.datetime(2024, 1, 1), lambda: dt.datetime(2024, 1, 1) < dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc), lambda: dt.date.fromisoformat("2024-1-1"),
            lambda: dt.timedelta(days=10**10), lambda: dt.date(0, 1, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365.25 * 30)), time.gmtime(0), time.asctime(time.gmtime(10**9)), time.mktime(time.localtime(1000)) == 1000)
print(time.strptime("2024-03-01", "%Y-%m-%d")[:7], time.calendar if hasattr(time, "calendar") else "")

# pprint
big = {"users": [{"name": f"user{i}", "roles": ["admin", "dev"] if i % 2 else ["guest"], "id": i, "meta": {"k": list(range(i))}} for i in range(4)], "count": 4, "tuple": (1, 2, (3, 4)), "set": {3, 1, 2}, "fs": frozenset({1})}
pprint.pprint(big)
pprint.pprint(big, width=40, depth=2)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
print(pprint.pformat("x" * 100, width=30))
print(pprint.pformat({"long": "word " * 30}))
print(pprint.pformat([[1, 2], [3, 4]], indent=4, width=10))
r = [1]; r.append(r); print(pprint.isrecursive(r), pprint.isreadable([1, "a"]))
pprint.pprint(b"x" * 50, width=20)
pprint.pprint(dt.date(2020, 1, 1))
from collections import OrderedDict, defaultdict, Counter, deque
pprint.pprint(OrderedDict((str(i), i) for i in range(12)), width=40)
pprint.pprint(defaultdict(list, {"a": list(range(30))}))
pprint.pprint(Counter("abracadabra" * 3), width=20)
pprint.pprint(deque(range(30)), width=30)

# textwrap and string
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(s, 30))
print(textwrap.wrap(s, 25, max_lines=3), textwrap.shorten(s, 40), textwrap.shorten("Hello  world!", width=12, placeholder="..."))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.dedent("    x\n      y\n    z"), textwrap.indent("a\nb", "+", lambda l: l.startswith("b")))
print(textwrap.fill("a-b-c supercalifragilisticexpialidocious-word here", 12), textwrap.wrap("", 10), textwrap.wrap("word\ttab", 20, expand_tabs=False))
print(textwrap.fill("one two three four", width=10, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("x" * 25, 10, break_long_words=False), textwrap.wrap("Hi there. You ok?", 10, fix_sentence_endings=True))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
print(string.ascii_letters, string.digits, string.punctuation, string.hexdigits, string.octdigits, repr(string.whitespace), string.printable[-10:])
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="Tim", what="kung pao"), t.safe_substitute(who="Tim"), string.capwords("hello   wORLD  x"), string.capwords("a-b c-d", "-"))
for bad in [lambda: t.substitute(who="x"), lambda: string.Template("$").substitute(), lambda: string.Template("${x").substitute(x=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
fmt = string.Formatter()
print(fmt.format("{0}-{x!r:>5}", 1, x="a"), list(fmt.parse("a{0:>3}b{x!s}{{")))
print(t.get_identifiers() if hasattr(t, "get_identifiers") else "", string.Template("$a $b").is_valid() if hasattr(string.Template, "is_valid") else "")
