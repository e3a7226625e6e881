import re
print(re.findall(r"(?x) a b  c # x", "abc"))
print(re.search(r"(a)(?(1)b|c)", "ab"))
print(re.findall(r"[a-z]+", "Hello", re.I))
print(re.sub(r"(?P<x>a)", r"\g<x>\g<0>", "a"))
import time
t=time.time()
s = "abc " * 20000
print(len(re.findall(r"\w+", s)), len(re.sub(r"b", "x", s)))
p = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
pos=0; n=0
while pos < len(s):
    m = p.match(s, pos); pos = m.end(); n+=1
print(n)
print(re.match(r"(?<=a)b", "ab", ) , re.compile(r"(?<=a)b").match("ab", 1))
print(re.split(r"(?<=,)", "a,b,c"))
print(re.findall(r"\d", "١٢3"), re.findall(r"\d", "١٢3", re.A))
print(re.fullmatch(r"(?:a|ab)(?:c|bcd)", "abcd"))
print(re.search(r"\bfoo\b", "a foo b").span())
print(re.findall(r"\w+$", "ab cd\n"))
sc = re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None), (r"[a-z]+", lambda s,t: t)])
print(sc.scan("12 ab 3 ?"))
print(re.compile(r"(?i)ß").match("SS"))
print(re.compile(r"[^\W\d]+").findall("ab12cd"))
# error attributes
try:
    re.compile("ab\n(c")
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.pattern), str(e))
# lastindex / lastgroup
for pat, s in [(r"(a)|(b)", "b"), (r"(a)(b)?", "a"), (r"((a)b)", "ab"), (r"(?P<x>a)(?P<y>b)", "ab"), (r"a", "a"), (r"(a)()", "a")]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup)
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I))
print(re.split(r"(\d)", "a1b2c3d", maxsplit=2))
print([m.span() for m in re.compile(r"\d").finditer("1a2b3c", 1, 5)])
print(re.sub(rb"(\d)", rb"<\1>", b"a1b2"))
print(re.match(r"(\w+) (\w+)", "é ü"))
print(re.compile(r"(?P<a>.)(?P<b>.)").groupindex)
print(re.escape("\t\n ~&#"))
print(re.findall(r"[\w-]+", "foo-bar baz_1"))
print(re.sub(r"(?m)^\s+", "", "  a\n   b"))
print(re.sub(r"\\", "/", "a\\b"), re.sub("a", "\\\\", "bab"))
print(re.findall(r"\$\d+\.\d\d", "$10.00 and $3.50"))
print(re.match(r"[A-Z]{2,}?", "ABCD"), re.match(r"(?:x{2}){2}", "xxxx"))
print(re.match("(?s)a.c", "a\nc") is not None, re.match("(?ms)^a.c$", "a\nc\n") is not None)
print(re.match(r"\N", "x") if False else "skip")
print([(m.pos, m.endpos) for m in re.finditer('a', 'aaa')], [(m.pos, m.endpos) for m in re.compile('a').finditer('aaa', 1, 3)])
try:
    re.compile("(?<n>a)")
except re.error as e:
    print(e)
print(re.findall(rb"(a)(b)?", b"ab a"), re.split(rb",", bytearray(b"a,b")))
print(re.sub("a", lambda m: None, "bab") if False else re.sub("(a)", lambda m: m.group(1).upper(), "bab"))
print(re.split("a", "bab", maxsplit=-1), re.sub("a", "x", "aaa", count=-1))
print(re.subn(r"(\d)", r"\1\1", "a1b2"))
print(re.sub(r"\d", r"\\", "a1"), re.sub(r"a", r"\t", "a") == "\t")
