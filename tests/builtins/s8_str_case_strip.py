# str.lower/upper/strip and dict lookups with str keys: ASCII and non-ASCII text,
# short strings and long ones (over 30 bytes), empty strings, equal keys made in
# different ways, and word counting like a user would write it.

samples = [
    "",
    "a",
    "ABC",
    "Hello, World!",
    "x" * 29 + "Y",
    "x" * 30 + "Y",
    "MiXeD CaSe " * 5,
    "ÀÉÎõü",
    "Straße",
    "İstanbul",
    "ΣΊΣΥΦΟΣ",
    "ﬁ ligature",
    "tab\tand\nnewline",
    "123-456_789",
    "\x00\x7f\x80",
]
for s in samples:
    lo, up = s.lower(), s.upper()
    print(repr(lo), repr(up), len(lo), len(up), lo == s.lower(), hash(lo) == hash(s.lower()))
    print("  ", repr(s.swapcase()), repr(s.title()), repr(s.capitalize()), repr(s.casefold()))
    print("  ", lo.isascii(), lo.islower(), up.isupper(), s.lower() is s)

print("strip family:")
cases = [
    ("", None), ("   ", None), ("  a b  ", None), ("\t\n\x0b\x0c\r a \x1c\x1d\x1e\x1f", None),
    ("\u2003x\u2003", None), ("\xa0y\x85", None), ("..x..", "."), ("..x..", ""), ("abcxcba", "abc"),
    ("abcxcba", "cb"), ("ééxéé", "é"), ("éaxaé", "a"), ("aéxéa", "a"), ("....", "."),
    ("x" * 40 + "..", "."), ("..." + "é" * 40, "."), ("\x00x\x00", "\x00"), ("~x~", "~\x7f"),
    ("word.", '.,:;!?"()'), ('"(quoted)"', '.,:;!?"()'), ("(end)!", '.,:;!?"()'),
]
for s, chars in cases:
    print(repr(s), repr(chars), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
for bad in [5, b".", ["."], 2.0]:
    for name in ["strip", "lstrip", "rstrip"]:
        try:
            getattr("x", name)(bad)
        except TypeError as e:
            print(name, type(bad).__name__, "->", e)
for call in [lambda: "x".strip(".", "."), lambda: "x".lstrip(chars="."), lambda: "x".lower(1),
             lambda: "x".upper(x=1), lambda: "x".rstrip(None, None)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

print("dict keys built different ways:")
d = {}
parts = ["alpha", "ALPHA".lower(), "xalphax".strip("x"), "alp" + "ha", "-alpha-"[1:-1],
         "".join(["al", "pha"]), "Alpha".lower(), "alpha" * 7, ("ALPHA" * 7).lower(),
         "é" * 20, ("É" * 20).lower(), "é" * 10 + "e", ("É" * 10 + "E").lower(), "", "".lower()]
for p in parts:
    d[p] = d.get(p, 0) + 1
print(sorted(d.items()))
print(d.get("alpha"), d.get("alph"), d.get("alphaa"), d.get(""), d.get("ALPHA"), d.get("é" * 20))


class Key(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())

    def __hash__(self):
        return hash(self.lower())


k = {"apple": 1}
print(k.get(Key("APPLE")), k.get(Key("apple")), k.get(Key("pear"), "none"))
k[Key("APPLE")] = 2
print(sorted(k.items()), len(k))

text = """The quick brown fox -- jumps over "the" lazy dog. The DOG sleeps;
the fox (quick!) runs: away, away. Ünïcödé words: Ärger, ärger, ÄRGER.
"""
counts = {}
for word in text.split():
    word = word.strip('.,:;!?"()-').lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
counts.setdefault("new", 0)
print(counts.setdefault("the", 100), counts.setdefault("new", 5), len(counts))

print("setdefault and item stores:")


class Loose:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1

    def __eq__(self, other):
        print("  eq called", self.v, getattr(other, "v", other))
        return isinstance(other, Loose) and self.v % 10 == other.v % 10


d = {}
print(d.setdefault(Loose(1), "one"), d.setdefault(Loose(11), "eleven"), d.setdefault(Loose(2), "two"), len(d))
print(d.setdefault(1, "int one"), d.setdefault(True, "true"), d.setdefault(1.0, "float"), len(d))
try:
    d.setdefault([], 0)
except TypeError as e:
    print("TypeError:", e)
try:
    d.setdefault()
except TypeError as e:
    print("TypeError:", e)


class Logged(dict):
    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v * 2)


lg = Logged()
lg["a"] = 1
lg.setdefault("b", 5)
print(sorted(lg.items()))
lst = [0, 1, 2]
lst[1] = "x"
lst[-1] = "y"
print(lst)
for bad in [lambda: lst.__setitem__(3, 0), lambda: lst.__setitem__("a", 0), lambda: (1, 2).__setitem__(0, 1)]:
    try:
        bad()
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    t = (1, 2)
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
