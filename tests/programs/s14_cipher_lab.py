"""String puzzles: anagram groups, palindromes, Caesar/Vigenère/Atbash on Unicode input."""
import unicodedata
from collections import Counter, defaultdict
from itertools import cycle
import string


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, decrypt=False):
    if not key or not key.isalpha():
        raise ValueError(f"key must be non-empty letters, got {key!r}")
    shifts = cycle(ord(k) - 97 for k in key.lower())
    sign = -1 if decrypt else 1
    return "".join(caesar(ch, sign * next(shifts)) if ch.isascii() and ch.isalpha() else ch for ch in text)


ATBASH = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                       string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1])


def crack_caesar(cipher):
    english = "etaoinshrdlu"
    best = None
    for shift in range(26):
        guess = caesar(cipher, -shift)
        counts = Counter(c for c in guess.lower() if c.isalpha())
        score = sum(counts[c] * (len(english) - i) for i, c in enumerate(english))
        if best is None or score > best[0]:
            best = (score, shift, guess)
    return best[1], best[2]


def is_palindrome(s):
    core = [c.casefold() for c in strip_accents(s) if c.isalnum()]
    return core == core[::-1]


def longest_pal_substring(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


texts = ["Hello, World!", "Ça va? Señor Müller äßt Öl.", "ZEBRA zebra 123", "Ωmega → ascii only ✓"]
for t in texts:
    c3 = caesar(t, 3)
    v = vigenere(t, "Lemon")
    print(f"{t!r}\n  caesar+3 {c3!r} back={caesar(c3, -3) == t}")
    print(f"  vigenere {v!r} back={vigenere(v, 'lemon', decrypt=True) == t}")
    print(f"  atbash   {t.translate(ATBASH)!r} ascii={ascii(strip_accents(t))}")

secret = caesar("the enemy attacks at dawn near the eastern river gate", 11)
print(crack_caesar(secret))
for bad in ("", "k3y"):
    try:
        vigenere("x", bad)
    except ValueError as e:
        print("ValueError:", e)

words = ["listen", "silent", "enlist", "Tinsel", "google", "gooegl", "cat", "act", "tac", "dog", "Ätna", "tanä"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w.casefold()))].append(w)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:>8}: {', '.join(ws)}")

for s in ["A man, a plan, a canal: Panama", "Ésope reste ici et se repose", "No lemon, no melon", "palindrome", "", "Äbba"]:
    print(f"{is_palindrome(s)!s:5} {s!r}")
print([longest_pal_substring(s) for s in ("babad", "cbbd", "forgeeksskeegfor", "x", "abacdfgdcaba")])

print("-- unicode details")
for s in ["straße", "ǅungla", "İstanbul", "ﬁne", "Ⅻ", "½", "٣"]:
    print(f"{s!r:12} upper={s.upper()!r:14} lower={s.lower()!r:14} casefold={s.casefold()!r:12} "
          f"title={s.title()!r} isdigit={s.isdigit()} isnumeric={s.isnumeric()} len={len(s)}")
for ch in "aé€😀\u0301\t":
    print(f"U+{ord(ch):04X} {unicodedata.name(ch, '?'):32} {unicodedata.category(ch)} "
          f"{ch.encode('utf-8')!r} {len(ch.encode('utf-16-le'))}")
print(unicodedata.normalize("NFC", "e\u0301") == "é", len("e\u0301"), len(unicodedata.normalize("NFC", "e\u0301")))
print(unicodedata.numeric("½"), unicodedata.digit("٣"), unicodedata.decimal("9"), unicodedata.lookup("SNOWMAN"))
print("Hello World".swapcase(), "hello world".capitalize(), "  x ".center(8, "·"), "ab".zfill(5), "-7".zfill(4))
print("a,b,,c".split(","), "a b  c ".split(), "a\nb\r\nc".splitlines(keepends=True), "k=v=w".partition("="), "k=v=w".rpartition("="))
print("x".join("abc"), "abc".removeprefix("a"), "abc".removesuffix("bc"), "tab\there".expandtabs(4), "%s" % "é".encode())
