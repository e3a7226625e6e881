"""Log-file analysis report with re, collections and textwrap."""
import re
import textwrap
from collections import Counter, defaultdict, OrderedDict, ChainMap, namedtuple
import io
import csv

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 512 0.012
2024-03-01 12:00:02 WARN  [db] slow query took 1.532s: SELECT * FROM users
2024-03-01 12:00:03 INFO  [web] GET /about.html 200 1024 0.020
2024-03-01 12:00:05 ERROR [web] POST /login 500 0 0.350
2024-03-01 12:01:10 INFO  [web] GET /index.html 304 0 0.002
2024-03-01 12:01:11 DEBUG [cache] hit ratio=0.93 keys=1200
2024-03-01 12:02:00 ERROR [db] connection reset by peer (errno=104)
2024-03-01 12:02:30 INFO  [web] GET /img/logo.png 200 20480 0.045
2024-03-01 12:03:00 INFO  [web] GET /index.html 200 512 0.011
malformed line here
2024-03-01 12:04:00 WARN  [web] GET /old-page 301 0 0.001
"""

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<comp>\w+)\] (?P<msg>.*)$")
REQ = re.compile(r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)")
Entry = namedtuple("Entry", "time level comp msg")

entries, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(n)
        continue
    entries.append(Entry(m["time"], m.group("level"), m.group(4), m.groupdict()["msg"]))

print(f"{len(entries)} entries, malformed lines: {bad}")
levels = Counter(e.level for e in entries)
print(levels.most_common(), levels["ERROR"], levels["FATAL"], sum(levels.values()))
print(sorted(levels.elements())[:5], +levels, levels - Counter(INFO=4), levels & Counter(WARN=1, ERROR=5))
by_comp = defaultdict(list)
for e in entries:
    by_comp[e.comp].append(e.time)
for comp in sorted(by_comp):
    print(f"  {comp:<6} {len(by_comp[comp]):>2}  first={by_comp[comp][0]} last={by_comp[comp][-1]}")

reqs = [m.groupdict() for e in entries if (m := REQ.search(e.msg))]
paths = Counter(r["path"] for r in reqs)
total = sum(int(r["size"]) for r in reqs)
print(f"{len(reqs)} requests, {total:,} bytes, avg {total / len(reqs):.1f}, slowest {max(reqs, key=lambda r: float(r['secs']))['path']}")
status = OrderedDict()
for r in reqs:
    status.setdefault(r["status"][0] + "xx", []).append(r["path"])
status.move_to_end("2xx")
print(status, list(status.keys()))
status.popitem(last=False)
print(status)

print(re.findall(r"\d+\.\d+s?", LOG)[:6])
print(re.findall(r"(\w+)=(\d+(?:\.\d+)?)", LOG))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", LOG.splitlines()[0]))
print(re.sub(r"\d+", lambda m: f"<{int(m.group()) * 2}>", "a1b22c333"))
print(re.sub(r"(?P<word>[A-Z]{4,5})", r"{\g<word>}", "INFO WARN ERROR x"), re.subn("o", "0", "foo boo"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d"), re.split(r"(-)", "1-2-3"), re.split(r"x*", "abc"), re.split(r"\b", "hi there", maxsplit=2))
print([m.span() for m in re.finditer(r"\[(\w+)\]", LOG)][:3], re.search(r"ERROR.*?(\d{3})", LOG).group(1))
pat = re.compile(r"(?i)get\s+(/\S*)")
print(pat.findall(LOG)[:3], pat.pattern, bool(pat.flags & re.IGNORECASE), pat.groups)
m = re.match(r"(?P<a>\w)(?P<b>\w)?(\w)", "xy")
print(m.groups(), m.groups("-"), m.group(0, 1), m.start(2), m.end(), m.lastindex, m.lastgroup, m.re.pattern, m.string)
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"), re.escape("a.b*c?"), re.compile(r"a|b").sub("-", "cabd"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.search(r"(?<=\$)\d+", "cost $42").group(), re.sub(r"(?<!\d)(\d)(?!\d)", r"0\1", "1 22 3"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)

report = ("The system processed a number of requests during the observation window. "
          "Most were successful, a few redirected, and one failed with a server error. "
          "The database component reported a slow query and a connection reset.")
print(textwrap.fill(report, width=50))
print(textwrap.fill(report, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short", 10), textwrap.wrap("", 10), textwrap.shorten(report, width=60), textwrap.shorten("Hello  world!", width=11))
print(textwrap.indent("line1\n\nline3", "> "), textwrap.dedent("    a\n      b\n    c"), sep="\n")
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("a-very-long-hyphenated-word here", 8, break_on_hyphens=False))
w = textwrap.TextWrapper(width=30, max_lines=2, placeholder=" [...]")
print(w.fill(report))

defaults = {"color": "red", "user": "guest", "size": 10}
env = {"user": "admin"}
cli = {"size": 12}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["size"], cm["color"], len(cm), sorted(cm), cm.maps[1])
cm2 = cm.new_child({"color": "blue"})
cm2["extra"] = 1
print(cm2["color"], cm2.maps[0], cm.parents, dict(cm2) == {**defaults, **env, **cli, "color": "blue", "extra": 1})

buf = io.StringIO()
wr = csv.writer(buf)
wr.writerow(["path", "hits", "note"])
for path, hits in paths.most_common():
    wr.writerow([path, hits, 'has "quotes", commas' if hits > 2 else ""])
print(buf.getvalue(), end="")
for row in csv.DictReader(io.StringIO(buf.getvalue())):
    print(dict(row))
