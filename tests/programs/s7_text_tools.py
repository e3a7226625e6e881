"""String-processing exercises: palindromes, anagrams, ciphers, run-length coding, formatting."""
import string
import textwrap
from collections import Counter


def is_palindrome(s):
    cleaned = [c.casefold() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def caesar(text, shift, alphabet=string.ascii_lowercase):
    n = len(alphabet)
    table = str.maketrans(alphabet + alphabet.upper(),
                          alphabet[shift % n:] + alphabet[:shift % n]
                          + (alphabet[shift % n:] + alphabet[:shift % n]).upper())
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out, ki = [], 0
    for ch in text:
        if ch.isascii() and ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(key[ki % len(key)].lower()) - ord("a")
            if decrypt:
                k = -k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}" if n > 1 else prev)
            prev, n = c, 1
    out.append(f"{n}{prev}" if n > 1 else prev)
    return "".join(out)


def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num or 1))
            num = ""
    return "".join(out)


phrases = ["A man, a plan, a canal: Panama!", "No 'x' in Nixon", "hello", "", "Ésope reste ici et se repose",
           "Was it a car or a cat I saw?", "¿Acaso hubo búhos acá?"]
for p in phrases:
    print(f"{p!r:40} {is_palindrome(p)}")

words = "listen silent enlist google inlets banana tinsel elgoog Listen".split()
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w.lower())), []).append(w)
for k, v in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(k, v)

msg = "The Quick Brown Fox Jumps Over The Lazy Dog, 1234! Ünïcode stays."
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, -3) == msg, caesar("xyz", 29), caesar("abc", -1))
v = vigenere("Attack at dawn!", "LEMON")
print(v, "|", vigenere(v, "lemon", decrypt=True))
for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle(s)
    print(repr(s), "->", repr(e), unrle(e) == s)

text = ("It was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.")
freq = Counter(w.strip(",.").lower() for w in text.split())
print(freq.most_common(4), freq["times"], freq["nope"], sum(freq.values()), len(freq))
print(textwrap.fill(text, width=38, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(textwrap.dedent("""\
        first
          second
        third"""))
print(textwrap.indent("a\n\nb\n", "+ "), end="|\n")
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))

print(string.capwords("  hello   wORLD  foo "), string.punctuation, string.hexdigits)
t = string.Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="Tim", what="kipper"), t.safe_substitute(who="Ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print("%-8s|%8.3f|%+05d|%x|%o|%e|%%|%c|%r" % ("left", 3.14159, 42, 255, 8, 12345.678, 65, "q"))
print("%(a)s and %(b)05.1f" % {"a": "dict", "b": 2.25}, "%5s|%-5s|" % ("ab", "cd"), "%.3s" % "abcdef")
print("{0}{1}{0}".format("ab", "-"), "{:*^15}".format(" mid "), "{:#b} {:#o} {:#x} {:X}".format(10, 10, 255, 255))
print("{:,} {:_} {:.2%} {:+.3e} {:g} {:g} {:.3g}".format(1234567, 1234567, 0.4567, 12345.6789, 1e-7, 123456789.0, 0.00012345))
print(f"{'nested':{'>'}{12}}|{3.5:=+10.2f}|{-42:010d}|{7:^#8b}|{1e20:,.0f}")
print("a\tb\tc".expandtabs(4), "x".center(6, "."), "42".zfill(6), "-42".zfill(6), "abc".ljust(2))
print("one,two,,three".split(","), "  a  b  ".split(), "a-b-c".rsplit("-", 1), "k=v=w".partition("="))
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "ß".upper())
print("abcabc".replace("b", "B", 1), "abc".removeprefix("ab"), "abc".removesuffix("bc"), "xxhixx".strip("x"))
print("línea1\nlínea2\r\nlínea3".splitlines(), "a\nb\n".splitlines(keepends=True))
print(" ".join(reversed("the sky is blue".split())), "race car"[::-1], "abc" * 0 == "")
print(sorted("hello world", key=lambda c: (c.isspace(), c)), max("apple", "Banana", key=str.lower))
print("Mississippi".count("ss"), "Mississippi".find("ss", 3), "Mississippi".rfind("ss"), "Mississippi".index("pp"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print(ord("€"), chr(8364), "€".encode(), "naïve".encode("latin-1"), b"caf\xc3\xa9".decode(), ascii("naïve €"))
