"""int/str/bytes conversions and encodings: utf-8/16/latin-1, errors handlers, hex, bytearray edits."""
texts = ["hello", "naïve café", "日本語", "emoji 🐍!", "", "\x00\x7f\x80"]
for t in texts:
    u8 = t.encode()
    print(f"{t!r:>16} len={len(t)} u8={len(u8)} u16={len(t.encode('utf-16-le'))} {u8!r}")
    assert u8.decode("utf-8") == t

print("café".encode("latin-1"), "café".encode("ascii", "replace"), "café".encode("ascii", "ignore"))
print("café".encode("ascii", "xmlcharrefreplace"), "café".encode("ascii", "backslashreplace"))
print("日本".encode("utf-16"), "日本".encode("utf-16-be"), "A".encode("utf-32-le"), "€".encode("cp1252"))
raw = b"caf\xe9 \xff\xfe ok"
for errors in ["replace", "ignore", "backslashreplace"]:
    print(errors, repr(raw.decode("utf-8", errors)))
print(raw.decode("latin-1"))
for bad in [lambda: raw.decode("utf-8"), lambda: "é".encode("ascii"), lambda: b"\xff".decode("ascii"),
            lambda: "x".encode("no-such-codec"), lambda: b"\xe6\x97".decode()]:
    try:
        bad()
    except (UnicodeError, LookupError) as exc:
        print(f"{type(exc).__name__}: {exc}")

b = bytes(range(0, 256, 37))
print(b, b.hex(), b.hex(":"), b.hex("-", 2), bytes.fromhex("de ad BE EF"), list(b[:3]), b[0], b[-1:])
print(bytes(4), bytes([65, 66]), bytes("xy", "ascii"), b"ab" * 3, b"a" + bytearray(b"b"), b"abc"[::-1])
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: bytes.fromhex("abc"), lambda: b"a" + "b",
            lambda: bytes(-1), lambda: b"abc".index(b"z")]:
    try:
        bad()
    except (ValueError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")

ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"There"
ba.extend(b"!!")
ba.insert(0, 62)
del ba[-1]
print(ba, ba.pop(), ba.find(b"o"), ba.count(b"l"), ba.upper(), bytes(ba).title(), len(ba))
ba.reverse()
print(ba, ba.decode(), bytearray(3), bytearray.fromhex("41 42"), ba.replace(b"l", b"L", 1))
try:
    ba[0] = 300
except ValueError as exc:
    print("ValueError:", exc)
print(b"a,b,,c".split(b","), b"  x  ".strip(), b"abc".startswith((b"z", b"a")), b"%d-%s" % (5, b"x"))
print(b"Hello".lower(), b"x".isalpha(), b"12".isdigit(), b"ab".center(6, b"*"), b"-".join([b"a", b"b"]))
print(b"\t\n\\'\"", repr(b"'"), repr(b"'\""), str(b"ab"), b"abc" == "abc", b"a" < b"b", b"" in b"x")

n = 1_234_567_890_123
for order in ("big", "little"):
    bs = n.to_bytes(8, order)
    print(order, bs.hex(), int.from_bytes(bs, order))
print(int.from_bytes(b"\x80", "big", signed=True), (-129).to_bytes(2, "big", signed=True).hex(), (0).to_bytes(0, "big"))
print(chr(65), chr(0x1F40D), ord("é"), ord("🐍"), hex(ord("€")), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print(ascii("naïve 🐍"), repr("tab\there"), repr("quote's"), repr('both\'"'), str(b"\xff"))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord("")]:
    try:
        bad()
    except (ValueError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")

mv = memoryview(b"abcdef")
print(mv[1], mv[1:3].tobytes(), len(mv), bytes(mv[::2]), mv.tolist()[:2])
s = "The Zen of Python"
print(s.encode().translate(None, b"aeiou"), s.translate(str.maketrans("aeiou", "AEIOU", "n")))
print(s.maketrans({"a": "4", "e": None}), "naïve".isascii(), "abc".isascii(), "٣".isdigit(), "½".isnumeric())
checksum = sum("weft".encode()) % 256
print(checksum, bytes([checksum]).hex(), format(checksum, "08b"), int("".join(format(c, "08b") for c in b"hi"), 2))
