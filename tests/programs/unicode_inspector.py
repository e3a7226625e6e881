"""Inspecting Unicode text: names, categories, normalization forms, case mappings and display widths."""
import unicodedata as ud

samples = ["café", "cafe\u0301", "Ǆemal", "ﬁne", "Straße", "ΣΊΣΥΦΟΣ", "İstanbul", "½ ⅔ ²", "日本語ｶﾀｶﾅ", "👍🏽!", "Å Å Å"]
for s in samples:
    forms = {f: ud.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")}
    lens = " ".join(f"{f}={len(v)}" for f, v in forms.items())
    print(f"{s!r:<16} len={len(s):<2} {lens}  NFC==NFD:{forms['NFC'] == forms['NFD']}")
print("café" == "cafe\u0301", ud.normalize("NFC", "cafe\u0301") == "café", ud.is_normalized("NFC", "café"))

for ch in "aZ5 _\t€é\u0301ǅ½٣\u200b😀—":
    print(f"U+{ord(ch):04X} {ud.category(ch)} {ud.name(ch, '<no name>'):<40} bidi={ud.bidirectional(ch) or '-':<3}"
          f" comb={ud.combining(ch)} ea={ud.east_asian_width(ch)} mirror={ud.mirrored(ch)}"
          f" {ch.isalpha():d}{ch.isdigit():d}{ch.isnumeric():d}{ch.isspace():d}{ch.isprintable():d}")
print(ud.lookup("EURO SIGN"), ud.lookup("LATIN SMALL LETTER A WITH GRAVE"), "\N{BLACK HEART SUIT}", ud.numeric("⅔"))
print(ud.decimal("٣"), ud.digit("²"), ud.decimal("x", -1), ud.unidata_version)
for bad in [lambda: ud.lookup("NO SUCH CHARACTER NAME"), lambda: ud.name("\x00"), lambda: ud.numeric("a"),
            lambda: ud.normalize("NFX", "a"), lambda: ud.category("ab")]:
    try:
        print(bad())
    except (KeyError, ValueError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")

for s in ["straße", "ǆ", "ŉ", "ﬃ", "İ", "ΐ", "Σς", "ΣΑΣ ΟΔΟΣ", "ß".upper()]:
    print(f"{s!r:>12} upper={s.upper()!r} lower={s.lower()!r} title={s.title()!r} casefold={s.casefold()!r} swap={s.swapcase()!r}")
print("straße".casefold() == "STRASSE".casefold(), "ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())


def width(s):
    w = 0
    for ch in s:
        if ud.combining(ch) or ud.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if ud.east_asian_width(ch) in ("W", "F") else 1
    return w


def pad(s, n):
    return s + " " * (n - width(s))


rows = [("apple", "りんご", 120), ("banana", "バナナ", 80), ("café", "カフェ", 300), ("résumé", "履歴書", 5)]
for en, ja, n in rows:
    print("|" + pad(en, 8) + "|" + pad(ja, 8) + "|" + f"{n:>5}" + "|")


def strip_accents(s):
    return "".join(c for c in ud.normalize("NFD", s) if not ud.combining(c))


print(strip_accents("Crème Brûlée à la Ñandú"), strip_accents("Ångström"), strip_accents("日本"))
words = ["zebra", "Äpfel", "apple", "École", "eclair", "Zoo", "ñu", "nube"]
print(sorted(words))
print(sorted(words, key=lambda w: strip_accents(w).casefold()))
text = "naïve cafés\u00a0and\u2003spaces\ttabs"
print(text.split(), [ch for ch in text if ch.isspace() and ch != " "], len(text.encode("utf-8")), ascii(text))
print("".join(sorted(set("mississippi"))), {c: "mississippi".count(c) for c in sorted(set("mississippi"))})
