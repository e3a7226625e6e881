import re

# search / match / fullmatch
m = re.search(r"(\d+)-(\d+)", "tel: 555-1234 ok")
print(m, m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(1), m.end(2))
print(re.match(r"\w+", "hello world"))
print(re.match(r"world", "hello world"))
print(re.fullmatch(r"\w+", "hello"), re.fullmatch(r"\w+", "hello world"))
print(re.fullmatch(r"a|ab", "ab"))
print(re.search(r"^abc$", "abc\n"), re.search(r"abc\Z", "abc\n"))
print(re.search(r"x*", "aaa"))
print(m.group(0, 1, 2), m[0], m[1], m.string, m.re, m.pos, m.endpos)
print(m.lastindex, m.regs)

# named groups
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.group("first"), m["last"], m.groupdict(), m.lastgroup, m.lastindex)
print(m.start("last"), m.span("first"))
p = re.compile(r"(?P<a>x)(y)?(?P<c>z)?")
m = p.match("x")
print(p.groups, p.groupindex, m.groups(), m.groups("-"), m.groupdict(), m.groupdict(0), m.lastindex, m.lastgroup)
print(m.span(2), m.start(3))
print(re.match(r"((a)(b))", "ab").lastindex, re.match(r"(a)(b)", "ab").lastindex)

# backreferences
print(re.search(r"(\w)\1", "abccd"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now"))
print(re.findall(r"(\w+) \1", "the the cat cat sat on"))

# lookaround
print(re.findall(r"\w+(?=!)", "hi! there yes!"))
print(re.findall(r"(?<=\$)\d+", "cost $10 and $25"))
print(re.findall(r"\b(?!un)\w+", "undo redo unwind wind"))
print(re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"))

# flags
print(re.findall(r"abc", "ABC abc Abc", re.I))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"^\w+", "one\ntwo\nthree"))
print(re.search(r"a.b", "a\nb"), re.search(r"a.b", "a\nb", re.S))
print(re.findall(r"(?i)hello", "Hello HELLO"))
print(re.findall(r"(?i:a)b", "ab Ab AB"))
print(re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"\w+", "héllo wörld"))
p = re.compile(r"""
    (\d+)   # number
    \s*     # space
    ([a-z]+) # unit
""", re.X)
print(p.findall("10 kg, 20m"))
print(re.I, re.M | re.S, re.A, re.IGNORECASE | re.VERBOSE, int(re.I | re.M))
print(re.compile("a", re.I | re.M).flags, re.compile("a").flags, re.compile(b"a").flags)
print(re.compile("(?i)a").flags)

# repr
print(repr(re.compile("a+")), repr(re.compile("a+", re.I)), repr(re.compile(b"x")))
print(repr(re.compile("a", re.S | re.M)))
