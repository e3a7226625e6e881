# A log-event pipeline built from generators and itertools: parsing timestamps,
# sliding windows, groupby sessions, chained generators with send(), and close().
import itertools
import operator
from datetime import datetime, timedelta
from functools import reduce

LOG = """\
2024-03-05 08:00:01 alice login
2024-03-05 08:00:07 alice view /home
2024-03-05 08:01:15 bob login
2024-03-05 08:02:00 alice view /cart
2024-03-05 08:02:30 bob view /home
2024-03-05 08:40:00 alice view /checkout
2024-03-05 08:41:10 alice logout
2024-03-05 09:15:00 bob view /cart
2024-03-05 09:15:05 carol login
2024-03-05 09:16:45 carol error 500
2024-03-05 09:17:00 bob logout
"""


def parse(lines):
    for line in lines:
        date, time, user, action, *rest = line.split()
        yield {"ts": datetime.fromisoformat(f"{date}T{time}"), "user": user, "action": action, "arg": " ".join(rest) or None}


def windowed(it, n):
    it = iter(it)
    win = tuple(itertools.islice(it, n))
    if len(win) == n:
        yield win
    for x in it:
        win = win[1:] + (x,)
        yield win


def sessions(events, gap=timedelta(minutes=30)):
    for user, evs in itertools.groupby(sorted(events, key=operator.itemgetter("user", "ts")), key=operator.itemgetter("user")):
        evs = list(evs)
        start = 0
        for i in range(1, len(evs) + 1):
            if i == len(evs) or evs[i]["ts"] - evs[i - 1]["ts"] > gap:
                yield user, evs[start]["ts"], evs[i - 1]["ts"], len(evs[start:i])
                start = i


def running_stats():
    count = total = 0
    largest = None
    while True:
        value = yield (count, total, largest)
        if value is None:
            continue
        count += 1
        total += value
        largest = value if largest is None else max(largest, value)


events = list(parse(LOG.splitlines()))
print(len(events), "events;", events[0]["ts"].strftime("%A %d %B %Y, %H:%M"))
for user, a, b, n in sessions(events):
    print(f"{user:<6} {a:%H:%M:%S} -> {b:%H:%M:%S} ({(b - a).total_seconds() / 60:.1f} min, {n} events)")

gaps = [(b["ts"] - a["ts"]).seconds for a, b in windowed(events, 2)]
print("gaps:", gaps)
print("max gap:", max(gaps), "at", events[gaps.index(max(gaps)) + 1]["ts"].time())
stats = running_stats()
next(stats)
for g in gaps:
    last = stats.send(g)
print("running:", last, "mean", round(last[1] / last[0], 2))
stats.close()
try:
    stats.send(1)
except StopIteration:
    print("stats closed")

pages = (e["arg"] for e in events if e["action"] == "view")
print("pages:", dict(sorted(itertools.groupby(sorted(pages)), key=lambda kv: kv[0])) and sorted({p: len(list(g)) for p, g in itertools.groupby(sorted(e["arg"] for e in events if e["action"] == "view"))}.items()))
first_error = next((e for e in events if e["action"] == "error"), None)
print("first error:", first_error["user"], first_error["arg"], first_error["ts"].isoformat(sep=" "))
per_hour = {h: len(list(g)) for h, g in itertools.groupby(events, key=lambda e: e["ts"].hour)}
print("per hour:", per_hour)
print("accumulated:", list(itertools.accumulate(per_hour.values())), reduce(operator.mul, per_hour.values(), 1))
users = sorted({e["user"] for e in events})
print("pairs:", list(itertools.combinations(users, 2)), list(itertools.starmap(lambda a, b: a[0] + b[0], itertools.permutations(users, 2)))[:4])
chunks = [[e["action"] for e in chunk] for chunk in iter(lambda it=iter(events): list(itertools.islice(it, 4)), [])]
print(chunks)
print(list(itertools.zip_longest("abc", range(2), fillvalue="?")), list(itertools.takewhile(lambda e: e["user"] != "bob", events))[-1]["action"])
