import unicodedata as u
for ch in "aÅ1½²٣ €\u0301\u4e00\uac00😀\u2028\t(\u0378Ⅻ":
    print(repr(ch), u.category(ch), u.bidirectional(ch), u.combining(ch), u.east_asian_width(ch), u.mirrored(ch), repr(u.decomposition(ch)), u.name(ch, "?"), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None))
def strip_accents(s):
    return "".join(c for c in u.normalize("NFKD", s) if not u.combining(c))
print(strip_accents("Crème Brûlée à la ﬁn — Ångström №5 ½"))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    s = u.normalize(form, "e\u0301 ﬁ ① Å ㌀ 가")
    print(form, ascii(s), len(s), u.is_normalized(form, s), u.is_normalized(form, "e\u0301"))
print(u.lookup("SNOWMAN"), u.lookup("latin small letter sharp s"), u.lookup("HANGUL SYLLABLE GAG"), u.lookup(b"EURO SIGN"), u.unidata_version)
from collections import Counter
text = "Hello, Wörld! 123 ½ — ¿Qué tal? 😀"
print(sorted(Counter(u.category(c) for c in text).items()))
for f in ['u.category("ab")', 'u.name("\\x00")', 'u.lookup("NOPE")', 'u.decimal("a")', 'u.digit("a")', 'u.numeric("a")', 'u.normalize("X","a")', 'u.category(1)', 'u.name()', 'u.name("a","d","e")', 'u.category()', 'u.normalize("NFC")', 'u.normalize(1,"a")', 'u.lookup(1)', 'u.category(x="a")', 'u.name("\u0378")']:
    try:
        print(repr(eval(f)))
    except Exception as e:
        print(type(e).__name__, e)
