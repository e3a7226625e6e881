"""Text statistics tool: tokenizing, Counter, ranking by (-count, word), n-grams, formatted tables."""
import re
import string
from collections import Counter
from itertools import islice, pairwise

TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way -- in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only. Don't stop; won't!
"""
STOP = frozenset("the of it was a to in on for or we us so its".split())
WORD_RE = re.compile(r"[a-z]+(?:'[a-z]+)?")


def words(text):
    return WORD_RE.findall(text.lower())


ws = words(TEXT)
counts = Counter(ws)
content = Counter(w for w in ws if w not in STOP)
print(f"lines={TEXT.count(chr(10))} words={len(ws)} unique={len(counts)} chars={len(TEXT)} "
      f"letters={sum(c.isalpha() for c in TEXT)} punct={sum(c in string.punctuation for c in TEXT)}")

print(f"{'rank':>4}  {'word':<12}{'count':>5}  {'share':>6}  bar")
ranked = sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (w, c) in enumerate(ranked[:10], 1):
    print(f"{rank:>4}. {w:<12}{c:>5}  {c / len(ws):>6.1%}  {'#' * c}")

print("most_common(5):", counts.most_common(5))
print("ties at 2:", sorted(w for w, c in content.items() if c == 2))
bigrams = Counter(pairwise(ws))
print("top bigrams:", [" ".join(b) + f"={n}" for b, n in bigrams.most_common(4)])
trigrams = Counter(zip(ws, ws[1:], ws[2:]))
print("top trigram:", trigrams.most_common(1))

lengths = Counter(map(len, ws))
print("length histogram:")
for length in range(1, max(lengths) + 1):
    n = lengths.get(length, 0)
    print(f"  {length:2d} | {'*' * n:<28}| {n}")
avg = sum(map(len, ws)) / len(ws)
print(f"avg word length {avg:.3f}, longest {max(ws, key=len)!r}, shortest {min(ws, key=len)!r}")

sentences = [s.strip() for s in re.split(r"(?<=[.!?;])\s+", TEXT) if s.strip()]
for i, s in enumerate(sentences, 1):
    print(f"sentence {i}: {len(words(s)):3d} words, starts {s[:20]!r}")

first = {}
for i, w in enumerate(ws):
    first.setdefault(w, i)
print("first occurrences:", dict(islice(sorted(first.items(), key=lambda kv: kv[1]), 8)))

c1 = Counter("abracadabra")
c2 = Counter("alakazam")
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, sep="\n")
c3 = Counter(a=3, b=-2)
print(+c3, -c3, c3.total(), sorted(c3.elements()))
c3.subtract({"a": 5, "z": 1})
print(c3, c3["missing"], "missing" in c3)
c3.update(a=10)
print(repr(c3), Counter() == Counter(x=0), dict(Counter("aab")))

caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print("capitalized:", caps)
print("contractions:", re.findall(r"\w+'\w+", TEXT))
print(re.sub(r"\b(\w)(\w*)\b", lambda m: m[1].upper() + m[2], "the season of light"))
print(string.capwords("  hello   big world  "), "Word Count".ljust(14, ".") + "|", "{:>{w}}".format("r", w=5))
vowels = Counter(c for c in TEXT.lower() if c in "aeiou")
print(" ".join(f"{v}:{vowels[v]}" for v in "aeiou"), f"ratio={sum(vowels.values()) / sum(c.isalpha() for c in TEXT):.4f}")
