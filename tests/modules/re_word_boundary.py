# Word-boundary patterns (\b, \B) in findall/finditer/search/sub/split, with groups,
# flags, unicode words and positions, as CPython.
import re

text = "The cat scattered its catalog; café CAT cat-like concat 42cat cat42 _cat_ naïve"
for pat, fl in [(r"\bcat\b", 0), (r"\bcat", re.I), (r"cat\B", 0), (r"\B\w+\b", 0),
                (r"\b(\w)(\w*)\b", 0), (r"\b\d+\b", 0), (r"\bcaf\w\b", 0), (r"\b\w{5,}\b", re.A),
                (r"(?i)\bc(?P<rest>a\w)", 0), (r"\b", 0), (r"\B", 0)]:
    p = re.compile(pat, fl)
    print(pat, p.findall(text)[:8], len(p.findall(text)))
    print("  ", [m.span() for m in p.finditer(text, 5, 60)][:6])
    m = p.search(text, 10)
    print("  ", m and (m.group(), m.span(), m.groups(), m.groupdict()))
    print("  ", p.sub("#", text)[:50], p.split(text, 3)[:4])
print(re.findall(r"\bé\w*", "été éa aé é"), re.search(r"\bb", "ab b"), re.match(r"\ba", "a"))
