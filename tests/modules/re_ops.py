import re

# findall / finditer
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\w)=(\d)", "a=1, b=2, c=x"))
print(re.findall(r"", "abc"))
print([m.span() for m in re.finditer(r"\w+", "ab cd  ef")])
print([m.group() for m in re.finditer(r"x*", "axxb")])

# sub / subn
print(re.sub(r"\d+", "#", "a1b22c333"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a bc"))
print(re.sub(r"(\w+)", r"\g<1>0", "a bc"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "1 2 3 9"))
print(re.subn(r"a", "b", "aaa", count=2))
print(re.sub("x*", "-", "abxd"))
print(re.sub(r"\s+", " ", "  a \n b\t c  ").strip())
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"a", r"\n", "bab") == "b\nb")
print(re.sub("", "-", "abc"))
print(re.compile(r"o").sub("0", "foo boo", 3))

# split
print(re.split(r"\s*,\s*", "a , b,c ,d"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"(-)|(\+)", "1-2+3"))
print(re.split(r"\b", "ab cd"))
print(re.split(r"x*", "axbc"))
print(re.split(r"\W+", "Words, words, words."))

# pos/endpos
p = re.compile(r"\d+")
print(p.search("12 34 56", 3), p.search("12 34 56", 3, 4), p.match("12 34", 3), p.match("12 34", 2))
print(p.findall("1 2 3 4 5", 2, 7), p.fullmatch("a123b", 1, 4))
print(re.compile("^a").search("ba", 1), re.compile("(?m)^a").search("b\na", 1))
print(re.compile(r"(?<=b)a").match("ba", 1))

# escape
print(re.escape("a.b*c?"), re.escape("hello world_1"), re.escape(b"a.b"))
print(re.match(re.escape("1+1=2?"), "1+1=2?"))

# expand, Match misc
m = re.match(r"(?P<x>\w)(\w)", "ab")
print(m.expand(r"\2\1 \g<x>"))
print(bool(m), m.re.pattern)

# bytes
print(re.findall(rb"\d+", b"a12b3"))
print(re.sub(rb"a", b"X", b"banana"))
print(re.match(rb"(\w+)", b"hello world").group(1))

# non-ASCII
m = re.search(r"(ö+)(\w)", "xxöööy z")
print(m.span(), m.span(1), m.group(2), m)
print(re.findall(r".", "日本語"), re.sub(r"本", "x", "日本語"))

# literal braces, misc syntax
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{2,3}", "aaaaa"), re.findall(r"a{,2}", "aaa"))
print(re.findall(r"{x}", "{x}"), re.findall(r"[]a]", "]a"), re.findall(r"[\]\\]", "]\\"))
print(re.findall(r"[a-c-]", "a-d"), re.findall(r"[^a-z]", "aB1"), re.findall(r"(?:ab)+", "ababx ab"))
print(re.findall(r"a(?#comment)b", "ab"), re.findall(r"\x41\u0042\101", "AB A"))
print(re.findall(r"[\d.]+", "v1.2.3 x"), re.findall(r"[\s]", "a b\tc"))
print(re.findall(r"a+?", "aaa"), re.findall(r"<.*?>", "<a><b>"))

# cache / compile
p = re.compile("abc")
print(re.compile(p) is p, re.compile("abc") is re.compile("abc"))
re.purge()
print(isinstance(p, re.Pattern), isinstance(p.match("abc"), re.Match))
