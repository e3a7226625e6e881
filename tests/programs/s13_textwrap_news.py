"""A newsletter formatter: textwrap, unicode string methods, justification, columns."""
import textwrap
import unicodedata

ARTICLE = """\
Straße renovations in Köln  begin on Monday.\tThe city council said the
works would take   "about six weeks", although residents are sceptical; the last
project (2019) overran by 40%.

ﬁnal note: the café on the corner — run by the Øresund family — stays open.
ÇA VA? Mr. O'Neil's dog-walking service is unaffected."""


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (q + (1 if i < r else 0))
    return out + words[-1]


paras = [p.replace("\n", " ") for p in ARTICLE.split("\n\n")]
print("=" * 40)
print("THE WEEKLY".center(40, "~"))
print("=" * 40)
for p in paras:
    lines = textwrap.wrap(p, width=40, expand_tabs=True, tabsize=4)
    for ln in lines[:-1]:
        print(justify(ln, 40) + "|")
    print(lines[-1].ljust(40) + "|")
    print()

print(textwrap.fill(paras[0], width=30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(paras[0], width=50, placeholder=" [...]"))
print(textwrap.indent("one\n\ntwo\nthree", "> "))
print(textwrap.indent("one\n\ntwo", "+ ", predicate=lambda l: True), end="|\n")
print(repr(textwrap.dedent("""
        def f():
            return 1
        """)))
w = textwrap.TextWrapper(width=18, break_long_words=True, max_lines=3, placeholder="…")
print(w.wrap("Supercalifragilisticexpialidocious is a very long word indeed, yes"))

print()
samples = ["Straße", "ǅungla", "ﬁnal", "İstanbul", "ΣΊΣΥΦΟΣ", "Øresund", "naïve café"]
print(f"{'text':<12}{'upper':<14}{'lower':<14}{'casefold':<14}{'title':<14}{'swap':<12}")
for s in samples:
    print(f"{s:<12}{s.upper():<14}{s.lower():<14}{s.casefold():<14}{s.title():<14}{s.swapcase():<12}")
print("straße".casefold() == "STRASSE".casefold(), "ß".upper(), len("İ".lower()))

print()
for s in ["café", "cafe\u0301"]:
    nfc = unicodedata.normalize("NFC", s)
    nfd = unicodedata.normalize("NFD", s)
    print(repr(s), len(s), len(nfc), len(nfd), s == nfc, [unicodedata.name(c) for c in nfd][-1])
print(unicodedata.category("ß"), unicodedata.category("٣"), unicodedata.numeric("½"), unicodedata.decimal("٣"))
print("٣4".isdigit(), "½".isnumeric(), "½".isdigit(), "Ⅻ".isnumeric(), int("٣4"), "x²".isalnum())

print()
table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
print("Grüße aus Öhringen, Schöne Füße".translate(table))
rot = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm", "!?")
print("hello world! why?".translate(rot))
print("a\tb\tcc\td".expandtabs(4) + "|", "x\ty".expandtabs(), "12\t".expandtabs(3) + "|")
print("42".zfill(6), "-42".zfill(6), "+4".zfill(4), "abc".zfill(5), "".zfill(2))
print("key=value=x".partition("="), "no-sep".partition("="), "a.b.c".rpartition("."))
print("line1\nline2\r\nline3\rline4\x0bline5\u2028end".splitlines())
print("keep\nends\r\n".splitlines(keepends=True), "".splitlines(), "\n".split("\n"))
print("  spaced\t\n".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("w."), "a,b,,c".split(","))
print("mississippi".replace("ss", "SS", 1), "mississippi".count("ss"), "mississippi".rfind("ss"), "abc".find("z"))
print("-".join("abc"), "ab".center(7, "*"), "ab".center(6, "*"), "title case  words".title(), "hello"[::-1])
print("ǅ".istitle(), "Hello World".istitle(), "ABC".isupper(), "ß".islower(), " \t".isspace(), "".isspace())
print("%-10s|%10s|%.3s|%c|%r" % ("left", "right", "truncate", 0x263A, "q'uote"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("ä", "ß", "€", "ñ"))
