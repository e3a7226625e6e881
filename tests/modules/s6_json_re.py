import json, re
data = {"name": "Zoë", "age": 30, "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": True}, "empty": [], "e2": {}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, [2, [3, []]], {}], indent=0))
print(json.dumps({3: 1, 1.5: 2, True: 3, None: 4, "s": 5}))
print(json.dumps("\u2603 \x00 \t \"q\" \\ \U0001F600"), json.dumps("\U0001F600", ensure_ascii=False))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(-0.0), json.dumps(1e100), json.dumps(10**30))
print(json.dumps((1, 2)), json.dumps({"a": (1,)}), json.dumps([1.1, 0.1 + 0.2]))
for bad in [lambda: json.dumps({1, 2}), lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps(object()), lambda: json.dumps(b"x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, indent=4, separators=(",", ": ")))
print(json.dumps({"when": 1j}, default=lambda o: [o.real, o.imag]))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(Enc().encode({"s": {3, 1, 2}}), json.dumps({"s": {2, 1}}, cls=Enc))
try:
    Enc().encode({"s": object})
except TypeError as e:
    print("TypeError", e)
for text in ['{"a": [1, 2, {"b": null}]}', '[1e3, -0, 1.5E-2, "\\u00e9\\ud83d\\ude00"]', ' "s" ', 'NaN', '[Infinity, -Infinity]', '123456789012345678901234567890']:
    print(repr(json.loads(text)))
for bad in ['', '{', '{"a" 1}', '[1,]', '{"a":1,}', "{'a': 1}", '[1] x', 'tru', '"abc', '"\\x"', '01', '{"a":1 "b":2}', '[', '"\x01"', '1.', '-']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"a":1,"a":2}'))
print(json.loads('[{"a": 1}]', object_hook=lambda d: sorted(d.items())), json.loads('{"b":1,"a":2}', object_pairs_hook=list))
print(json.loads(b'{"x": 1}'), json.loads('  [ ]  '), json.loads('"\\/"'))
try:
    json.loads(5)
except TypeError as e:
    print("TypeError", e)

# re
m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)", "2024-03-15T10:00")
print(m, m.group(0), m.groups(), m.groupdict(), m["year"], m.span("month"), m.start(2), m.end(), m.lastgroup, m.lastindex)
print(re.findall(r"\b\w+@\w+\.\w+\b", "mail a@b.com, c@d.org; bad@x"), re.findall(r"(\w)(\d)", "a1 b2 c"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.sub(r"(?P<w>o)", r"<\g<w>>", "foo"))
print(re.subn("a", "b", "banana"), re.sub("a", "b", "banana", count=2), re.sub("x*", "-", "abc"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", "  x y  "), re.split("x*", "axbc"))
print(re.split(",", "a,b,c,d", maxsplit=2))
print([m.span() for m in re.finditer(r"a+", "caaab aa a")])
print(re.search(r"^b", "a\nb", re.M), re.search(r"A.B", "a\nb", re.I | re.S), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
p = re.compile(r"""
    (\d+)   # number
    \s*
    ([a-z]+) # unit
""", re.X)
print(p.findall("10 kg, 5m, 3 cm"), p.pattern.count("\n"), p.flags, p.groups, p.groupindex)
print(re.escape("a.b*c?d[e]"), re.escape("hello world_1"))
print(re.compile("(a)(b)?").match("a").groups(), re.compile("(a)(b)?").match("a").groups("-"))
print(repr(re.compile(r"\d+", re.I)), repr(re.compile("x")))
for bad in ["(", "[a", "a**", "(?P<1>x)", "\\", "(?P<n>a)(?P<n>b)", "a{2,1}", ")", "(?<=a+)b", "\\9"]:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), "->", e, e.pos)
print(re.sub(r"\s+", " ", "  many   spaces\there  ").strip())
print(re.match(r"(\d+)\.(\d+)", "3.14").expand(r"\2.\1"), re.findall(r"(?i)HELLO", "hello Hello"))
print(re.match("a|b", "c"), bool(re.match("", "")))
print(re.sub(r"(?m)^", "> ", "line1\nline2"), re.findall(r"\d+(?=px)", "10px 20em 30px"))
print(re.findall(r"[\u00e0-\u00ff]+", "café naïve"), re.match(r"\w+", "日本語 text").group())
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print("error", e)
try:
    re.match("a", 5)
except TypeError as e:
    print("TypeError", e)
