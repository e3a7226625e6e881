# Patterns ending in a positive lookahead (X(?=Y)): matches, groups, spans, non-overlap,
# flags, alternation, unicode, and finditer/sub/split/search agreeing with CPython.
import re

text = "bob@state.gov alice@mail.org carol.9@state.gov dave@state.gov.uk éric@state.gov x@state.gov"
cases = [
    (r"\b\w+(?=@state\.gov)", 0),
    (r"(\w+)\.?(\d)?(?=@(state)\.gov)", 0),
    (r"\w+(?=\w)", 0),
    (r"[a-z]+(?=@|\.)", 0),
    (r"(?:bob|carol)(?=[.@])", 0),
    (r"STATE(?=\.GOV)", re.I),
    (r"gov(?=$)", 0),
    (r"gov(?=\.uk|\s)", 0),
    (r"a|b(?=@)", 0),
    (r"(a|b)(?=@)", 0),
    (r"(?=@)", 0),
    (r"\d+(?=px)", 0),
    (r"[^\s@]+(?=@(?P<host>\w+))", 0),
    (r"(\w)(?=\1)", 0),
    (r"\w+(?=(?!x)@)", 0),
    (r"(?i)BOB(?=@STATE)", 0),
    (r"^\w+(?=@)", re.M | re.S),
    (r"b(?i:O)b(?=@)", 0),
    (r"[é\w]ric(?=@)", 0),
    (r"(?x) \w+ (?= @ mail )", 0),
]
for pat, fl in cases:
    p = re.compile(pat, fl)
    print(pat, p.findall(text))
    print("  spans", [m.span() for m in p.finditer(text)][:6])
    m = p.search(text, 5)
    print("  search", m and (m.group(0), m.span(), m.groups(), m.lastindex))
    print("  sub", p.sub("<>", text)[:60], p.subn(lambda m: m.group(0).upper(), text)[1])
    print("  split", p.split(text)[:4])
print(re.findall(r"\b\w+(?=@state\.gov)", "ééé@state.gov a@state.gov"))
print(re.findall(r"\d+(?=px)", "10px 20em 30px"), re.sub(r"\d+(?=px)", "N", "10px 20em 30px"))
