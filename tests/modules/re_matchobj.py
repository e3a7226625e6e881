# Match objects built natively: attributes, group() fast and slow paths.
import re

p = re.compile(r"(?P<w>[a-zé]+)-(\d+)?(x)?")
m = p.search("12 abé-34 zz", 1, 11)
print(m, m.pos, m.endpos, m.re is p, m.string)
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3), m.group("w"))
print(m.group(1, "w", 0, 3), m[1], m["w"], m.groups(), m.groups("-"), m.groupdict())
print(m.start(), m.end(2), m.span("w"), m.regs, m.lastindex, m.lastgroup)
for bad in (4, -1, "nope", 1.0, None):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(m.group(True), m.group(False))
try:
    m.group(1, 9)
except IndexError as e:
    print("IndexError", e)
print([x.group("w") for x in p.finditer("ab-1 cd- ef-22x")])
print([(x.span(), x.pos, x.endpos) for x in p.finditer("ab-1 cd- ef-22x", 2, 12)])
print(p.sub(lambda x: x.group(1).upper() + (x.group(2) or "?"), "ab-1 cd- ef-22x"))
print(re.fullmatch(r"[a-z]+", "abc"), re.fullmatch(r"[a-z]+", "ab1"), re.match("a", "ba"), re.search("a", "ba"))
print(re.fullmatch("a", "A", re.I), re.search("B", "ab", flags=re.IGNORECASE), re.match(p, "zz-9").group(2))
b = re.compile(rb"(a)(b)?").search(b"xab")
print(b, b.group(1), b.group(1, 2), b[2], b.groups())
print(re.search("(a)|(b)", "b").group(1, 2), re.search("", "abc", ).group())
print([x.group() for x in re.finditer("", "ab")])


class S(str):
    pass


ms = re.search("(b)", S("abc"))
print(ms.group(1), type(ms.string).__name__)
print(repr(re.search("é+", "aéé")), re.search("(?P<n>x)", "x").group(S("n")))
