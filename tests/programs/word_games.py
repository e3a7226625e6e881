"""Word games: anagrams, palindromes, caesar/vigenere ciphers, run-length encoding."""
from collections import Counter, defaultdict
from itertools import groupby, permutations
import string

WORDS = """listen silent enlist inlets google banana stone tones notes onset level radar
racecar civic stats python typhon state taste teats seat east eats teas""".split()

groups = defaultdict(list)
for w in WORDS:
    groups["".join(sorted(w))].append(w)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    if len(ws) > 1:
        print(f"{key:<8} {len(ws)} {' '.join(sorted(ws))}")
print([w for w in WORDS if w == w[::-1]])


def is_pal(s):
    cleaned = [c.casefold() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


for s in ["A man, a plan, a canal: Panama!", "No 'x' in Nixon", "Hello", "Was it a car or a cat I saw?", ""]:
    print(f"{s!r:<35} {is_pal(s)}")


def caesar(text, shift):
    lo, up = string.ascii_lowercase, string.ascii_uppercase
    table = str.maketrans(lo + up, lo[shift:] + lo[:shift] + up[shift:] + up[:shift])
    return text.translate(table)


msg = "The Quick Brown Fox, 2024!"
enc = caesar(msg, 3)
print(enc, "|", caesar(enc, -3), "|", caesar(msg, 13) == caesar(caesar(msg, 13), 26))


def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(key[i % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + (-k if decrypt else k)) % 26 + base))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


v = vigenere("Attack at dawn!", "lemon")
print(v, vigenere(v, "lemon", decrypt=True))


def rle(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def unrle(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aabbbcccc"]:
    r = rle(s)
    print(r, unrle(r) == s)
freq = Counter(c for c in " ".join(WORDS) if c.isalpha())
print(freq.most_common(5), sorted(freq)[:5], freq.total())
print(sorted({"".join(p) for p in permutations("tea")}))
print(" ".join(w.capitalize() for w in "the old man and the sea".split()), "hello world".title(), "o'neil's dog".title())
print(string.ascii_uppercase[::-1], "".join(sorted(set("mississippi"))), "-".join("abc"), "{:>3}".format("".join(reversed("ab"))))
longest = max(WORDS, key=len)
print(longest, len(longest), sorted(WORDS, key=lambda w: (len(w), w))[:4], min(WORDS), WORDS.index("stone"))
