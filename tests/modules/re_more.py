import re
log = """2024-01-15 10:23:45 ERROR [db] Connection failed: timeout after 30s
2024-01-15 10:24:01 INFO [web] Request GET /index.html 200
2024-01-15 10:24:05 WARN [web] Slow response: 2500ms
2024-01-16 08:00:00 ERROR [auth] Invalid token for user=alice id=42"""
pat = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+) \[(?P<comp>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level", "comp"), m["msg"][:25])
print(re.findall(r"(\w+)=(\w+)", log), re.findall(r"\d+ms|\d+s\b", log))
print(re.sub(r"(\d{4})-(\d\d)-(\d\d)", r"\3/\2/\1", log.splitlines()[0]))
print(re.sub(r"user=(?P<u>\w+)", lambda m: "user=" + m["u"].upper(), log.splitlines()[-1]))
print([m.span() for m in re.finditer(r"ERROR", log)], len(re.findall(r"^2024", log, flags=re.MULTILINE)))
print(re.split(r"\s*[;,]\s*", "a ; b,c ;d"), re.split(r"(?=[A-Z])", "HelloWorldAgain"))
email = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
print(email.findall("contact: a.b+c@ex.com, x@y.org; bad@ and @bad.com"))
print(re.match(r"(\d+)\.(\d+)", "3.14").group(0, 1, 2), re.search(r"(a|b)*c", "ababc").group(1))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "make title case"), re.sub("x*", "-", "abxd"))
print(re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.ASCII), re.findall(r"\w+", "héllo wörld"), re.findall(r"(?i)straße", "STRASSE Straße"))
print(re.match(r"a++", "aaa") if hasattr(re, "NOFLAG") else "", re.fullmatch(r"(?:\d{3}-){2}\d{4}", "555-123-4567") is not None)
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567890"), re.findall(r"(?m)^\s*#.*$", "x\n  # c1\ny # no\n#c2"))
m = re.search(r"(?P<a>x)(?P<b>y)?", "x")
print(m.groupdict(), m.groupdict("N"), m.lastgroup, m.lastindex, m.span("b"))
print(re.compile(r"\d+").sub(lambda m: str(int(m.group()) + 1), "a9 b99 c999"), re.escape("1+1=2?"))
