"""Parsing log, INI-like and CSV-ish text with re: named groups, lookarounds, VERBOSE, sub callbacks."""
import re

LOG = """\
2024-03-01 12:00:01,123 INFO  [web.auth] user=alice ip=10.0.0.5 msg="login ok"
2024-03-01 12:00:07,004 WARN  [web.auth] user=bob ip=10.0.0.9 msg="bad password" attempts=3
2024-03-01 12:01:00,999 ERROR [db.pool] conn=7 msg="timeout after 30s"
garbage line here
2024-03-02 00:00:00,000 INFO  [cron] job=backup msg="started" size=1.5GB
2024-03-02 00:10:42,512 DEBUG [cron] job=backup msg="finished in 642s"
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2}),(?P<ms>\d{3})\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<source>[\w.]+)\]\s+
    (?P<rest>.*)$
""", re.VERBOSE)
KV = re.compile(r'(\w+)=("([^"]*)"|\S+)')

counts = {}
for lineno, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print(f"line {lineno}: no match: {line!r}")
        continue
    fields = {k: (q if q else v) for k, v, q in KV.findall(m["rest"])}
    counts[m.group("level")] = counts.get(m.group("level"), 0) + 1
    print(lineno, m.group("date", "level"), m["source"].split("."), sorted(fields.items()))
    print("   span", m.span("source"), m.start("level"), m.end(), m.lastgroup, m.lastindex)
print(sorted(counts.items()))
m = LINE.match(LOG.splitlines()[0])
print(m.groupdict()["ms"], len(m.groups()), m.re is LINE, LINE.groupindex["level"])

INI = """
; comment
[server]
host = example.org   ; trailing
port=8080
[paths]
root = /var/www
logs = ${root}/logs
empty =
[ bad section
key without value
"""
section = None
config = {}
for raw in INI.splitlines():
    line = re.sub(r"\s*;.*$", "", raw).strip()
    if not line:
        continue
    if m := re.fullmatch(r"\[\s*([^\]]+?)\s*\]", line):
        section = config.setdefault(m[1], {})
    elif m := re.fullmatch(r"(?P<k>[^=\s]+)\s*=\s*(?P<v>.*)", line):
        section[m["k"]] = m["v"]
    else:
        print("unparsed:", repr(line))
for sec, vals in config.items():
    for k, v in vals.items():
        v = re.sub(r"\$\{(\w+)\}", lambda mm: vals.get(mm.group(1), "?"), v)
        print(f"{sec}.{k} = {v!r}")

text = "price: $1,234.50, tax $99, refund -$5.25 and 42 apples cost 3USD"
print(re.findall(r"(?<=\$)[\d,]+(?:\.\d+)?", text))
print(re.findall(r"\b\d+(?!\d|[.,]\d|USD)\b", text))
print(re.findall(r"(?<!\$)\b\d+\b(?= apples)", text))
print(re.sub(r"\$([\d,]+(?:\.\d+)?)", lambda m: f"EUR{float(m[1].replace(',', '')) * 0.9:.2f}", text))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1 (\g<0>)", "mail bob@example.com or al@x.com"))
print(re.subn(r"(?i)the", "THE", "The theme of the day"), re.split(r"\s*[,;]\s*", "a , b;c ;;d"))
print(re.split(r"(-)", "1-2-3", maxsplit=1), re.split(r"x*", "axbc"), re.split(r"\b", "hi there"))

CSV = 'name,qty,note\n"Smith, J",3,"said ""hi"""\nDoe,,plain\n'
cell = re.compile(r'(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))')
for row in CSV.splitlines():
    print([(q.replace('""', '"') if q else p) for q, p in cell.findall(row)])

camel = ["parseHTTPResponse", "getX", "simple", "ABCTest", "version2Update"]
for c in camel:
    print(c, "->", re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", c).lower())

for pat in [r"(", r"a{2,1}", r"[z-a]", r"(?P<1x>a)", r"\p", r"(?<=a+)b", "*"]:
    try:
        re.compile(pat)
        print("compiled", pat)
    except re.error as exc:
        print(f"re.error: {exc}")
print(re.escape("a.b*c+d?[e]"), bool(re.search(r"^\w+$", "héllo")), re.search(r"^\w+$", "héllo", re.A))
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groups("-"), re.fullmatch("a|ab", "ab"))
