# Log analysis with generators: parsing with re named groups, generator pipelines
# with send/close, itertools (islice, tee, accumulate, pairwise, chain, takewhile),
# exceptions carrying notes, and a tabular summary.
import re
import itertools as it
from collections import OrderedDict, deque, namedtuple
from functools import reduce, partial

LOG = """\
2024-03-01 10:00:01 INFO  web    GET /index 200 12ms
2024-03-01 10:00:02 INFO  web    GET /about 200 8ms
2024-03-01 10:00:05 WARN  db     slow query 950ms
2024-03-01 10:00:07 ERROR web    GET /api/x 500 31ms
garbage line here
2024-03-01 10:01:00 INFO  auth   login ok user=ann
2024-03-01 10:01:30 ERROR auth   login failed user=bob
2024-03-01 10:02:00 INFO  web    POST /api/y 201 45ms
2024-03-01 10:02:10 DEBUG web    cache hit
2024-03-01 10:03:00 ERROR db     deadlock detected
"""

LINE = re.compile(
    r"(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<src>\w+)\s+(?P<msg>.*)"
)
Entry = namedtuple("Entry", "secs level src msg", defaults=("",))


class ParseError(Exception):
    pass


def parse(lines):
    for no, line in enumerate(lines, 1):
        m = LINE.fullmatch(line)
        if not m:
            err = ParseError(f"line {no}: cannot parse")
            err.add_note(f"text was {line!r}")
            yield err
            continue
        h, mi, s = map(int, m["time"].split(":"))
        yield Entry(h * 3600 + mi * 60 + s, m.group("level"), m["src"], m["msg"])


def only_entries(items, errors):
    for x in items:
        if isinstance(x, Exception):
            errors.append(x)
        else:
            yield x


def window_counter():
    """Coroutine: receives entries, yields how many fell in the last 60 s."""
    win = deque()
    count = None
    while True:
        e = yield count
        win.append(e.secs)
        while win and win[0] < e.secs - 60:
            win.popleft()
        count = len(win)


errors = []
entries = list(only_entries(parse(LOG.splitlines()), errors))
print(len(entries), "entries,", len(errors), "errors")
for e in errors:
    print(type(e).__name__, e, e.__notes__)

wc = window_counter()
next(wc)
print("window:", [wc.send(e) for e in entries])
wc.close()

levels = OrderedDict()
for e in entries:
    levels.setdefault(e.level, []).append(e)
levels.move_to_end("ERROR", last=False)
print(" | ".join(f"{k}={len(v)}" for k, v in levels.items()))

durations = [int(m.group(1)) for e in entries if (m := re.search(r"(\d+)ms$", e.msg))]
print("durations", durations, "running", list(it.accumulate(durations)))
print("max", reduce(max, durations), "initial", list(it.accumulate(durations, initial=100))[:3])
gaps = [b.secs - a.secs for a, b in it.pairwise(entries)]
print("gaps", gaps)
a, b = it.tee(e.src for e in entries)
print(list(it.islice(a, 3)), sum(1 for _ in b))
print(list(it.takewhile(lambda e: e.level != "ERROR", entries))[-1].msg)
print([k for k, _ in it.groupby(e.src for e in entries)])

status = re.compile(r"(GET|POST) (\S+) (\d{3})")
reqs = [status.search(e.msg).groups() for e in entries if status.search(e.msg)]
print(reqs)
fmt = partial("{0:<5}{1:<10}{2:>4}".format)
for r in reqs:
    print(fmt(*r))

users = re.findall(r"user=(\w+)", LOG)
print(users, re.sub(r"user=(\w+)", lambda m: "user=" + m[1].upper(), LOG.splitlines()[6]))
print(re.split(r"\s+", "a  b\tc\n d", maxsplit=2))
print(re.sub(r"(?P<h>\d\d):(?P<m>\d\d):\d\d", r"\g<m>m\g<h>h", "10:02:59 and 11:00:00"))
print(Entry(1, "X", "y"), Entry._fields, Entry(5, "L", "s")._replace(msg="new")._asdict())
