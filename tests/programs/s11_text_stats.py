"""Text statistics on an embedded corpus: Counter, re, textwrap, string, unicodedata."""
import re
import string
import textwrap
import unicodedata
from collections import Counter, defaultdict

CORPUS = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair. Café déjà vu — naïve
coöperation; “smart quotes” and ellipses… Numbers: 3.14, 1,000, 42nd, 2024-03-08.
"""

words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", CORPUS.lower())
freq = Counter(words)
print(len(words), len(freq), freq.most_common(5))
print("hapax:", sorted(w for w, c in freq.items() if c == 1)[:10])
by_len = defaultdict(list)
for w in sorted(freq):
    by_len[len(w)].append(w)
for n in sorted(by_len):
    print(f"{n:>2}: {textwrap.shorten(' '.join(by_len[n]), width=60)}")

letters = Counter(c for c in CORPUS.lower() if c in string.ascii_lowercase)
total = sum(letters.values())
for ch, n in letters.most_common(6):
    print(f"{ch} {n:>4} {n / total:6.2%} {'*' * round(60 * n / total)}")
print("missing letters:", "".join(sorted(set(string.ascii_lowercase) - set(letters))))

sentences = [s.strip() for s in re.split(r"(?<=[.;])\s+", CORPUS) if s.strip()]
for i, s in enumerate(sentences, 1):
    print(f"[{i}] {len(s.split()):>3} words | {textwrap.shorten(s, 50, placeholder=' ...')}")

nonascii = sorted({c for c in CORPUS if ord(c) > 127})
for c in nonascii:
    print(f"U+{ord(c):04X} {c} {unicodedata.name(c, '?'):<40} {unicodedata.category(c)} {unicodedata.normalize('NFKD', c).encode('ascii', 'ignore')!r}")
ascii_only = unicodedata.normalize("NFKD", CORPUS).encode("ascii", "ignore").decode()
print(ascii_only.splitlines()[3])
print(re.findall(r"\d+(?:[.,]\d+)*", CORPUS), re.findall(r"\b\d{4}-\d{2}-\d{2}\b", CORPUS))

para = " ".join(CORPUS.split())
print(textwrap.fill(para, width=50, initial_indent="    ", subsequent_indent="  "))
print(textwrap.indent(textwrap.fill(para[:120], 30), "| ", lambda line: not line.startswith("it")))
print(textwrap.dedent("""\
        def f():
            return 1
      """))
w = textwrap.TextWrapper(width=25, max_lines=3, placeholder=" [more]", break_on_hyphens=False)
print(w.wrap("A well-known, state-of-the-art, anti-establishment supercalifragilisticexpialidocious word list"))
print(textwrap.wrap("short", 10), textwrap.wrap("", 10), textwrap.wrap("   spaced    out   ", 8))
print(string.capwords("the QUICK   brown fox"), "x".join(string.digits), string.ascii_uppercase[::5])
tbl = str.maketrans({"a": "4", "e": "3", "o": None, "s": "$$"})
print("seasons of hope".translate(tbl), "Straße".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode())
print(sorted(["éclair", "apple", "Zebra", "zoo", "Éa"]), sorted(["éclair", "apple", "Zebra", "zoo"], key=str.casefold))
acr = "".join(w[0] for w in "portable network graphics".split()).upper()
pal = [w for w in freq if len(w) > 2 and w == w[::-1]]
print(acr, pal, "".join(reversed("stressed")), "racecar".find("car"), "mississippi".replace("ss", "SS", 1))
vowels = re.sub(r"[aeiou]", lambda m: m.group().upper(), "functional regular expressions")
print(vowels, re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.sub(r"\s+", " ", "a \t\n b"))
print(re.split(r"\W+", "Hey! You, there?"), re.split(r"(,)", "a,b"), re.findall(r"(?i)the", CORPUS)[:3])
caps = re.compile(r"\b([A-Z])(\w*)")
print([(m.group(1), m.group(2), m.start()) for m in caps.finditer(CORPUS)])
print(caps.sub(r"<\1\2>", "Alpha beta Gamma"), caps.pattern, caps.groups, bool(caps.flags & re.UNICODE))
