import re
log = """2024-01-15 10:23:45 ERROR [db] Connection refused (code=111)
2024-01-15 10:24:01 INFO [web] GET /index.html 200 1532
2024-01-15 10:24:05 WARN [web] GET /missing 404 0
2024-01-16 08:00:00 ERROR [auth] Invalid token for user=alice
2024-01-16 08:00:02 INFO [web] POST /login 302 12"""
pat = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>\w+) \[(?P<comp>\w+)\] (?P<msg>.*)$", re.M)
for m in pat.finditer(log):
    print(m.group("level", "comp"), m.start("msg"), repr(m.group("msg")[:20]))
print([m.groupdict()["date"] for m in pat.finditer(log) if m["level"] == "ERROR"])
print(re.findall(r"(GET|POST) (\S+) (\d{3})", log))
print(re.sub(r"user=(\w+)", lambda m: "user=" + "*" * len(m[1]), log.splitlines()[3]))
print(re.sub(r"(?<=\d{4}-)\d\d", "XX", "2024-01-15"), re.sub(r"(?<!\d)(\d)(?!\d)", r"0\1", "1 22 3"))
print(re.search(r"(\w)\1", "abccd").group(), re.findall(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' and \"bye\""))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group())
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"(?i)straße", "STRASSE straße Straße"))
print(re.findall(r"\w+", "naïve café 東京", re.ASCII), re.findall(r"\w+", "naïve café 東京"), re.findall(r"\d", "٣4"), re.findall(r"\d", "٣4", re.A))
print(re.split(r"\b", "hi there"), re.split(r"(?=[A-Z])", "helloWorldFooBar"), re.split("", "abc"))
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.expand(r"\g<last>, \g<first>"), m.re.pattern, m.string, m.pos, m.endpos, m.regs)
print(repr(m), repr(re.match("", "x")), repr(re.match("b", "ab")))
print(re.compile(r"o").search("foo", 2), re.compile(r"o").match("foo", 1), re.compile(r"^o").search("foo", 1), re.compile("o").findall("foooo", 1, 3))
print(re.compile("a").sub("b", "aaa", 2), re.compile("(a)").subn(r"[\1]", "banana"), re.compile(r"\s").split("a b\tc", 1))
print(re.fullmatch(r"[A-Z]{2}\d{4}", "AB1234") is not None, re.fullmatch(r"a|ab", "ab"), re.match(r"a*?", "aaa").group(), re.match(r"a{2,}?", "aaaa").group())
print(re.sub(r"\\", "/", "a\\b\\c"), re.escape("1+1=2"), re.sub("a", r"\\n", "a"), re.sub("a", "\\n", "a") == "\n")
print(re.I | re.M, re.compile("x", re.I | re.S | re.X).flags, repr(re.I), re.RegexFlag(2), int(re.U))
print(re.findall(r"[^\W\d_]+", "abc_123 déf"), re.findall(r"[\s\S]", "a\n"), re.findall(r"\Aab|cd\Z", "abcd"), re.findall(r".", "a\nb", re.DOTALL))
print(re.sub(r"(\d+)", lambda m: f"{int(m[1]):,}", "pop 1234567 and 89"), re.sub(r"[aeiou]", "", "programming language"))
for bad_repl in [r"\g<x>", r"\g<1", "\\"]:
    try:
        re.sub("(a)", bad_repl, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
for bad in ["(?P<a-b>x)", "[z-a]", "(?i", "x{1", "(?<!a*)b", "*a", "a++", "(?z)", "[[:alpha:]", r"\p{L}", "(?P=nope)"]:
    try:
        re.compile(bad)
        print("ok", bad)
    except re.error as e:
        print(repr(bad), "->", e)
try:
    re.compile(5)
except TypeError as e:
    print("TypeError", e)
try:
    re.search("a", b"abc")
except TypeError as e:
    print("TypeError", e)
print(re.search(rb"\d+", b"ab12").group(), re.sub(rb"a", b"b", b"aa"), re.findall(rb"[a-z]", b"x1y"))
m = re.match(r"(\d+)-(\d+)?", "12-")
print(m.groups(), m.group(2), m.span(2), m.start(2), m.lastindex)
try:
    m.group(5)
except IndexError as e:
    print("IndexError", e)
try:
    m.group("x")
except IndexError as e:
    print("IndexError", e)
print(bool(re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "john.doe+tag@example.co.uk")), re.sub(r"(?m)^\s+", "", "  a\n   b"), re.purge())
print(re.findall(r"(a)|(b)", "ab"), re.sub(r"x*", "-", "abxd"), re.sub("(?=b)", "^", "abab"))
