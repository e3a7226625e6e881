# JSON pretty printer + tokenizer/evaluator + text stats
import json, re, collections
data = {"name": "Zoë", "tags": ["a", "b"], "nested": {"x": 1.0, "y": [1, 2, {"z": None}], "e": {}}, "empty": [], "t": True, "big": 10**20, "f": 1e-7, "u": "\u2603\n\t\"q\""}
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"a": float("inf"), "b": float("nan")}))
for bad in ['{"a": }', '[1, 2', '{"a" 1}', 'tru', '"abc', '[1,]', '{"a":1,}', '', '  ', '01', '1e', '[1] x', '{1: 2}', '"\\x"', 'NaN', '-Infinity', '"\t"']:
    try:
        print(repr(bad), "->", repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), "JSONDecodeError:", e, e.pos, e.lineno, e.colno)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(object())
except TypeError as e:
    print(e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.5e3, -0, -0.0, 1E+2]"), json.loads('"\\u00e9\\ud83d\\ude00"'))
print(json.dumps("😀"), json.dumps("😀", ensure_ascii=False))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=Enc), json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)))
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
def tokenize(s):
    for num, op in TOKEN.findall(s):
        yield ("NUM", float(num)) if num else ("OP", op)
class Parser:
    def __init__(self, s): self.toks = list(tokenize(s)) + [("EOF", None)]; self.i = 0
    def peek(self): return self.toks[self.i]
    def take(self): t = self.toks[self.i]; self.i += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in (("OP", "+"), ("OP", "-")):
            op = self.take()[1]; r = self.term(); v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (("OP", "*"), ("OP", "/")):
            op = self.take()[1]; r = self.factor(); v = v * r if op == "*" else v / r
        return v
    def factor(self):
        k, v = self.take()
        if k == "NUM": return v
        if v == "-": return -self.factor()
        if v == "(":
            r = self.expr()
            if self.take() != ("OP", ")"): raise SyntaxError("expected )")
            return r
        raise SyntaxError(f"unexpected {v!r}")
for s in ["1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 2.5)", "2 * (3", "1 / 0", "7 $ 2", ""]:
    try:
        print(s, "=", Parser(s).expr())
    except (SyntaxError, ZeroDivisionError) as e:
        print(s, "error:", type(e).__name__, e)
text = """It was the best of times, it was the worst of times; it was the age of wisdom..."""
words = re.findall(r"[a-z']+", text.lower())
c = collections.Counter(words)
print(c.most_common(4), len(words), len(c))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(,)", "a,b"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.subn("a", "b", "aaa", count=2))
m = re.match(r"(?P<user>\w+)@(?P<host>[\w.]+)", "joe@example.com extra")
print(m.group(0), m["user"], m.groupdict(), m.span("host"), m.start(), m.end(), m.groups(), m.lastgroup, m.re.pattern)
print(re.findall(r"(\w)(\d)", "a1b2c"), re.fullmatch(r"\d+", "123"), re.search(r"^b", "a\nb", re.M), [m.span() for m in re.finditer(r"o", "foo boo")])
print(re.escape("a.b*c?"), re.compile(r"x", re.I | re.X).flags, re.match(r"(a)|(b)", "b").groups(), re.match("(a)?", "").group(1))
for bad in [r"(", r"[a-", r"a{2,1}", r"(?P<n>a)(?P<n>b)", r"\k", "*a", r"(?<=a+)b"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error:", e)
