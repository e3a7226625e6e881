import re
import string
import unicodedata
from collections import Counter, defaultdict, OrderedDict

TEXT = """\
The quick brown fox jumps over the lazy dog. The dog didn't care!
Naïve café owners in Zürich serve crème brûlée — délicieux.
Numbers: 3.14, -42, 1e10, 0x1F, 1_000_000 and 007.
E-mail me at someone@example.com or other.person+tag@mail.co.uk, please.
Tabs\tand   multiple    spaces; "quotes" and 'single quotes'.
日本語のテキストも少し。 Emoji 🎉 party 🎉!
"""

words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", TEXT)
print(len(words), words[:12])
cnt = Counter(w.lower() for w in words)
print(cnt.most_common(5))
print(sorted(cnt.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(f"{k:>2}: {', '.join(sorted(set(by_len[k]), key=lambda w: (w.lower(), w)))}")

print(re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", TEXT))
nums = re.findall(r"-?\b(?:0x[0-9A-Fa-f]+|\d[\d_]*(?:\.\d+)?(?:e\d+)?)\b", TEXT)
print(nums)
conv = []
for n in nums:
    try:
        conv.append(int(n, 0))
    except ValueError:
        try:
            conv.append(float(n))
        except ValueError:
            conv.append(int(n.lstrip("0") or "0"))
print(conv)

for line in TEXT.splitlines():
    print(f"{len(line):3d} {line[:30]!r:<36}|{line.count(' '):2}")

print(re.sub(r"\s+", " ", TEXT.splitlines()[4]))
print(re.split(r"[;,.!]\s*", TEXT.splitlines()[0]))
print(re.sub(r"(\w+)@(\w+)", lambda m: f"<{m.group(2).upper()} at {m[1]}>", TEXT.splitlines()[3]))
print(re.sub(r"(?P<first>\w)(?P<rest>\w*)", r"\g<rest>\g<first>ay", "hello world pig latin"))
m = re.search(r"(?P<city>Z\w+)", TEXT)
print(m.group("city"), m.span(), m.start(1), m.groupdict(), m.re.pattern, m.string[m.end():m.end()+6])
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.match(r"a|b", "cab"))
print([m.group() for m in re.finditer(r"\b[A-Z]\w*", TEXT)][:10])
print(re.compile(r"d(o)(g)?", re.I).findall("Dog do DOG dOg"))
print(re.escape("a.b*c?(d)"), re.IGNORECASE | re.MULTILINE, re.compile("x", re.I | re.M))

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
print(strip_accents("Naïve café crème brûlée Zürich"))
print([unicodedata.name(c) for c in "é—🎉"])
print(unicodedata.normalize("NFC", "e\u0301") == "é", len("e\u0301"), len(unicodedata.normalize("NFC", "e\u0301")))
print("straße".upper(), "STRASSE".lower(), "ǅ".lower(), "ǆ".title(), "ß".casefold(), "İ".lower(), len("İ".lower()))
print("hello world".title(), "they're bill's".title(), string.capwords("they're bill's  friends"))
print("abc".center(9, "*"), "abc".ljust(6, "-") + "|", "abc".rjust(6) + "|", "42".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("日本".center(8, "."), f"{'日本':>6}|", f"{'é':^5}|", f"{'🎉':*<4}")
tbl = str.maketrans("aeiou", "AEIOU", "xyz")
print("lazy xylophone quiz".translate(tbl))
print(string.ascii_letters[:5], string.digits, string.punctuation[:10], repr(string.whitespace))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="Tim", what="apple"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print("a,b,,c".split(","), "a  b c ".split(), " x ".strip(), "xxhixx".strip("x"), "a-b-c".rsplit("-", 1))
print("Hello".partition("l"), "Hello".rpartition("l"), "Hello".partition("z"))
print("one\ntwo\r\nthree\rfour".splitlines(), "a\nb\n".splitlines(True))
print("hello"[::-1], "hello"[1:-1], "hello"[10:], "abc" * 3, "-".join("abc"))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 0, 3), "aaa".count("aa"), "abcabc".find("c", 3), "abc".rfind("z"))
print("Hello World".swapcase(), "hello".capitalize(), "ABC".isupper(), "abc1".isalnum(), "١٢٣".isdigit(), "½".isnumeric(), "½".isdecimal())
print("tab\tsep".expandtabs(4), repr("x\ty".expandtabs()), "  indent".isspace(), "".isspace())
print("%s has %d items costing %.2f (%5.1f%%)" % ("cart", 3, 19.989, 12.345))
print("%(name)s is %(age)03d" % {"name": "Bo", "age": 7}, "%c%c" % (72, "i"), "%10.3s|" % "abcdef", "%-6d|" % -3)
print("{:,}".format(1234567), "{:_x}".format(0xdeadbeef), "{:#b}".format(5), "{:08.3f}".format(-3.14159), "{:+.1e}".format(12345.678))
print("{0}{1}{0}".format("ab", "cd"), "{name:>{w}}".format(name="x", w=4), "{!r:>8}".format("hi"), "{0[1]}{1[k]}".format([1, 2], {"k": 3}))
print(format(0.5, ".0%"), format(2.5, ".0f"), format(3.5, ".0f"), format(1e-7, "g"), format(123456789.0, "g"), format(1.0, "n"))
print(f"{3.0:.3g}|{100000.0:.3g}|{0.0001234:.2e}|{12:#o}|{255:#X}|{-0.0:+}|{float('nan'):>6}|{float('-inf')}")
x, y = 10, "why"
print(f"{x=}, {y!r:>6}, {x*2=:>5}, {x!s}, {y=!s}")
od = OrderedDict.fromkeys("hello")
od.move_to_end("h")
print(od, list(od), od.popitem(last=False))
