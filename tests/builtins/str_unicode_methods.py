words = ["Straße", "ﬁre", "ΣΑΣ", "İstanbul", "ǅemal", "hello wORLD", "o'neil's", "x1y2 z3", "ǆ", "ß", "ŉ"]
for w in words:
    print(repr(w), repr(w.casefold()), repr(w.title()), repr(w.upper()), repr(w.lower()), repr(w.capitalize()), repr(w.swapcase()), w.istitle())
print("ὈΔΥΣΣΕΎΣ".lower(), "ΣΑΣ ΣΑ".lower(), "AΣ".lower(), "Σ".lower())
for s in ["abc", "_x", "1a", "a1", "", "ñ", "a-b", "ℕ", "x\u200d", "def", "None", "℘", "·a", "a·"]:
    print(repr(s), s.isidentifier())
for s in ["a\tb", "\t", "ab\tcd\tef", "a\nb\tc", "a\r\tb", "12345678\tx", "\t\t"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(1)), repr(s.expandtabs(-1)))
text = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nm"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines(keepends=True), "\r\n\r".splitlines(True))
print(b"a\nb\rc\r\nd\x0be\x0cf\x1cg".splitlines(), b"a\r\nb".splitlines(True))
t = str.maketrans({"a": "1", "b": None, "c": "xyz", ord("d"): 65, "é": "e"})
print(sorted(t.items()))
print("abcdeé".translate(t), "abc".translate({97: None}), "abc".translate({97: 98, 98: "AA"}), "abc".translate([]))
print(str.maketrans("ab", "xy"), str.maketrans("ab", "xy", "c"))
print("hello".translate(str.maketrans("el", "ip", "o")))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return k + 1
print("axb".translate(Table()))
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: 0x110000}), lambda: str.maketrans({1.5: "a"})]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "Ⅻ".isnumeric(), "Ⅻ".isdigit(), "²".isdigit(), "²".isdecimal(), "٣".isdecimal(), "٣".isdigit())
print("\u00a0".isspace(), "\u200b".isspace(), "\x1c".isspace(), "\u3000".isspace(), "a\u0301".isalpha(), "\u0301".isalpha(), "ª".islower())
print("ß".upper(), "ﬃ".upper(), "ŉ".upper(), "İ".lower(), len("İ".lower()), "ǰ".upper(), "ΐ".upper())
print("\u0130".casefold(), "ẞ".casefold(), "ﬀ".casefold(), "µ".casefold(), "ſ".casefold())
print("straße".center(10, "*"), "ñ".ljust(3, "é"), "ü".zfill(4), "-ü".zfill(4), "+1".zfill(5))
print("aÀbÁ".encode("utf-8"), "aÀ".encode("latin-1"), "€".encode("utf-8"), "a€b".encode("ascii", "replace"), "a€b".encode("ascii", "ignore"), "a€".encode("ascii", "xmlcharrefreplace"), "a€".encode("ascii", "backslashreplace"))
try:
    "a€".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e, e.start, e.end, e.reason)
try:
    "€".encode("latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
