"""Parse web-server log lines with regular expressions and summarise them with datetime arithmetic."""
import re
from datetime import datetime, timedelta, timezone, date, time
from collections import Counter
from enum import Flag, auto, Enum


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


class Level(Enum):
    INFO = "I"
    WARN = "W"
    ERROR = "E"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.upper() in ("WARNING", "WRN"):
            return cls.WARN
        return None


LOG = """\
203.0.113.9 - - [10/Oct/2023:13:55:36 +0200] "GET /index.html HTTP/1.1" 200 2326 "Mozilla/5.0"
198.51.100.4 - alice [10/Oct/2023:13:57:01 +0200] "POST /api/login HTTP/1.1" 401 53 "curl/8.1"
198.51.100.4 - alice [10/Oct/2023:13:57:09 +0200] "POST /api/login HTTP/1.1" 200 88 "curl/8.1"
203.0.113.9 - - [10/Oct/2023:14:02:11 +0200] "GET /img/logo.png HTTP/1.1" 304 - "Mozilla/5.0"
192.0.2.77 - - [10/Oct/2023:23:59:59 +0200] "GET /search?q=caf%C3%A9&page=2 HTTP/2.0" 200 10450 "Bot/1.0"
garbage line that should not parse
192.0.2.77 - bob [11/Oct/2023:00:00:04 +0200] "DELETE /api/items/42 HTTP/1.1" 500 0 "Bot/1.0"
"""

PATTERN = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+(?P<user>\S+)\s+
    \[(?P<ts>[^\]]+)\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s(?P<proto>HTTP/[\d.]+)"\s+
    (?P<status>\d{3})\s(?P<size>\d+|-)\s+"(?P<agent>[^"]*)"
""", re.VERBOSE)

entries, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = PATTERN.match(line)
    if not m:
        bad.append(n)
        continue
    d = m.groupdict()
    d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
    d["size"] = 0 if d["size"] == "-" else int(d["size"])
    d["status"] = int(d["status"])
    entries.append(d)

print(f"parsed {len(entries)} entries, bad lines: {bad}")
m = PATTERN.match(LOG.splitlines()[1])
print(m.group("user", "status"), m.span("path"), m.start(), m.end() == len(LOG.splitlines()[1]), m.lastgroup, len(m.groups()))
for e in entries:
    utc = e["ts"].astimezone(timezone.utc)
    print(f"{e['ts']:%a %d %b %H:%M} | {utc.isoformat()} | {e['method']:<6} {e['status']} {e['size']:>6,} {e['path']}")

span = entries[-1]["ts"] - entries[0]["ts"]
print(span, span.total_seconds(), repr(span), span // timedelta(minutes=1), span % timedelta(hours=1))
gaps = [b["ts"] - a["ts"] for a, b in zip(entries, entries[1:])]
print(max(gaps), min(gaps), sum(gaps, timedelta()) == span, sorted(gaps)[len(gaps) // 2])
print(Counter(e["status"] // 100 * 100 for e in entries), Counter(e["ip"] for e in entries).most_common(1))
by_hour = Counter(e["ts"].strftime("%Y-%m-%d %H:00") for e in entries)
for hour, n in sorted(by_hour.items()):
    print(f"  {hour} {'#' * n}")

print(re.sub(r"%([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), "caf%C3%A9"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail ann@example.com or bob@test.com"), re.subn(r"\s+", " ", "a  b \t c\n"))
print(re.split(r"(,|;)\s*", "a, b;c ,d"), re.split(r"\W+", "Hello, world! "), re.findall(r"(\d+)-(\d+)", "1-2 33-44 5-"))
print([m.span() for m in re.finditer(r"\bthe\b", "the other the theme the", re.I)], re.fullmatch(r"\d+", "123x"))
print(re.search(r"(?<=\$)\d+(?:\.\d\d)?", "cost: $42.50 total"), re.search(r"(?i)straße", "STRASSE"), re.escape("a.b*c?"))
print(re.findall(r"[^\W\d]+", "naïve café 123 東京"), re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"))
pat = re.compile(r"(?P<k>\w+)=(?P<v>[^;]*)")
print(dict(pat.findall("a=1;b=;c=hello world")), pat.pattern[:10], pat.groups, pat.groupindex["v"], bool(pat.flags & re.UNICODE))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e)

print(Perm.READ | Perm.WRITE, Perm.ALL, Perm(5), Perm.EXEC in Perm.ALL, bool(Perm(0)), repr(Perm.READ | Perm.EXEC))
print([p.name for p in Perm], Perm.ALL & ~Perm.WRITE, Perm.READ ^ Perm.ALL)
print(Level("E"), Level("warning"), Level.INFO.value, Level["ERROR"], list(Level), len(Level))
try:
    Level("X")
except ValueError as e:
    print(e)
d0 = date(2024, 1, 31)
print(d0 + timedelta(days=30), d0.replace(day=29, month=2), d0.isoweekday(), d0.strftime("%j %U %A %B"), date.fromisoformat("2023-12-25").weekday())
print(datetime(2024, 3, 10, 1, 30) + timedelta(hours=1, minutes=45), datetime.combine(d0, time(23, 59, 1)), time(7, 5).isoformat(timespec="minutes"))
print(timedelta(days=-1, seconds=5), timedelta(weeks=1, milliseconds=1), -timedelta(hours=25), timedelta(seconds=3661) * 1.5, abs(timedelta(days=-2)))
print(datetime(2023, 1, 1, tzinfo=timezone(timedelta(hours=-5, minutes=-30))), timezone.utc, datetime.fromisoformat("2023-06-01T12:00:00+05:30").utcoffset())
try:
    datetime.strptime("2023-02-30", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    date(2023, 13, 1)
except ValueError as e:
    print(e)
