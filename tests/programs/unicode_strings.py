s = "Straße İstanbul ǅemal ﬁne ΣΑΣ"
print(s.casefold(), s.lower(), s.upper(), s.title(), s.swapcase(), s.capitalize())
print("hello world".center(21, "*"), "x".center(4, "-"), "ab".center(5), "42".zfill(5), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))
print("a\tbc\td\n12345678\tx".expandtabs(), repr("a\tb".expandtabs(4)), repr("\t".expandtabs(0)))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "nokey".partition("="), "nokey".rpartition("="))
print("l1\nl2\r\nl3\rl4\x0bl5\x1cl6\u2028l7".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines(), "x\n".split("\n"))
tbl = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(tbl), "hello".translate({ord("l"): None, ord("h"): "J"}), str.maketrans({"a": "1"}))
print("café".encode("ascii", errors="replace"), "café".encode("ascii", "ignore"), "café".encode("ascii", "xmlcharrefreplace"), "café".encode("ascii", "backslashreplace"), "café€".encode("latin-1", "replace"))
print(b"caf\xc3\xa9 \xff".decode("utf-8", "replace"), b"\xff\xfeabc".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"), b"ab\xff".decode("ascii", "backslashreplace"))
try:
    "café".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end, e.reason)
try:
    b"\xc3\x28".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("ß".upper(), "ǆ".title(), "ﬃ".upper(), len("ﬃ".upper()), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower())
print("é".isalpha(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "٣".isdecimal(), int("٣"), "Ⅻ".isnumeric(), "a b".isidentifier(), "_x1".isidentifier(), " ".isspace(), "\u00a0".isspace())
print("hello"[::-1], "hello"[-1:-4:-1], "hello"[10:], "hello"[-10:2], "hello"[::2], "hello"[4:1:-2], list(range(10))[8:2:-3], list(range(10))[::-4])
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "  a  b ".split(), "a b c".rsplit(None, 1), "abc".split("b"), ",".join(["x"] * 3))
print("Hello".startswith(("He", "x")), "Hello".endswith("lo", 0, 5), "banana".count("an"), "banana".find("na", 3), "banana".rfind("na"), "banana".index("b"), "aaa".replace("a", "b", 2))
print("  x  ".strip(), "xxhixx".strip("x"), "www.example.com".lstrip("w."), "abc".removeprefix("a"), "abc".removesuffix("c"), "Hi".ljust(5, "."), "Hi".rjust(5, "."))
print("%s" % "ǅ".casefold(), "ǅ".isupper(), "ǅ".istitle(), "Hello World".istitle(), "ABC".isupper(), "abc1".islower(), "A1".isalnum())
print(ascii("naïve ☃ 😀"), repr("tab\there\x00\x7f\u200b"), "😀".encode("utf-16"), "😀".encode("utf-16-le"), "a".encode("utf-32"), len("😀".encode()))
print(sorted(["b", "A", "a", "B", "é", "e", "Z"]), sorted(["b", "A", "a", "B"], key=str.casefold), max("apple", "Apple"), "a" < "B", ord("€"), chr(8364), chr(0x1F600))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print("TypeError:", e)
import unicodedata
print(unicodedata.name("é"), unicodedata.normalize("NFD", "é").encode(), unicodedata.category("A"), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"))
