# Text processing: tokenizing with re, n-gram statistics with Counter/defaultdict,
# a seeded Markov chain generator, textwrap/justify formatting, str.translate,
# unicodedata normalisation and a concordance with aligned keyword-in-context lines.
import re
import random
import textwrap
import unicodedata
from collections import Counter, defaultdict
from itertools import islice, pairwise

TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair. Café society — naïve, déjà vu —
had everything before it, and nothing before it; we were all going direct to
Heaven, we were all going direct the other way.
"""

WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


words = [w.lower() for w in WORD.findall(TEXT)]
print(len(words), "words,", len(set(words)), "distinct")
print("accented:", sorted({w for w in words if strip_accents(w) != w}))
print("stripped:", strip_accents("Café naïve déjà vu — Ångström"))

freq = Counter(words)
top = freq.most_common(6)
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"  {w:>{width}} {n:3d} {'▇' * n}")

bigrams = Counter(pairwise(words))
print("bigrams:", [" ".join(b) for b, n in bigrams.most_common(4)])
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print("longest:", by_len[max(by_len)], "| 2-letter:", by_len[2])

chain = defaultdict(list)
for a, b in pairwise(words):
    chain[a].append(b)
rng = random.Random(1859)


def babble(start, n):
    w = start
    for _ in range(n):
        yield w
        w = rng.choice(chain[w]) if chain[w] else rng.choice(words)


sentence = " ".join(islice(babble("it", 40), 40)).capitalize() + "."
print(textwrap.fill(sentence, width=48, initial_indent="  ", subsequent_indent="  "))


def justify(text, width):
    lines = textwrap.wrap(text, width)
    out = []
    for line in lines[:-1]:
        parts = line.split()
        gaps = len(parts) - 1
        if gaps == 0:
            out.append(line)
            continue
        spaces = width - sum(map(len, parts))
        q, r = divmod(spaces, gaps)
        out.append("".join(p + " " * (q + (i < r)) for i, p in enumerate(parts[:-1])) + parts[-1])
    out.append(lines[-1])
    return out


for line in justify(" ".join(TEXT.split()[:40]), 36):
    print(f"|{line:<36}|")

table = str.maketrans({"—": "-", "’": "'", ",": None, ";": None, ".": None})
clean = TEXT.translate(table)
print(repr(clean[-60:]))

print("KWIC for 'was':")
flat = " ".join(TEXT.split())
for m in islice(re.finditer(r"\bwas\b", flat), 5):
    left = flat[max(0, m.start() - 20):m.start()]
    right = flat[m.end():m.end() + 20]
    print(f"  {left:>20} [{m.group()}] {right:<20}")

caps = re.findall(r"\b[A-Z][a-z]+\b", TEXT)
print("capitalised:", caps, "title:", "it was the age".title(), "swap:", "Light/Dark".swapcase())
vowels = Counter(c for c in strip_accents(TEXT.lower()) if c in "aeiou")
print("vowels:", "".join(f"{v}{n}" for v, n in sorted(vowels.items())))
print("centered:", "*".center(11, "~"), "{:^11}".format("mid"), f"{'end':~>7}")
