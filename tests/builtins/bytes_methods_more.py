b = b"\x01\x02\xab\xcd\xef\x00"
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex(" ", -2), b.hex(b"|", 3), bytearray(b).hex(":", 1), memoryview(b).hex("_", 4))
for bad in [lambda: b.hex("::"), lambda: b.hex(""), lambda: b.hex("é"), lambda: b.hex(1)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex("01 02 ab"), bytes.fromhex(" 0a0B "), bytearray.fromhex("ff00"), bytes.fromhex(""))
for s in ["0", "zz", "01 0", "0g", "1 2"]:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print("ValueError", e)
print(b"a,b,,c".split(b","), b"  a  b ".split(), b"a b c".split(None, 1), b"a,b,c".rsplit(b",", 1), b"a\tb\nc".split(), b"".split(b","), b"".split())
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError", e)
print(b"  xx  ".strip(), b"xxaxx".strip(b"x"), b"abcba".lstrip(b"ab"), b"abcba".rstrip(b"ab"), bytearray(b" a ").strip(), b"\x00a\x00".strip(b"\x00"))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"abc".translate(None, b"b"), b"abc".translate(table, b"a"), bytearray(b"abc").translate(table))
try:
    b"a".translate(b"short")
except ValueError as e:
    print("ValueError", e)
raw = b"a\xffb\xc3\xa9c\xe2\x82"
for enc in ["utf-8", "ascii", "latin-1"]:
    for err in ["replace", "ignore", "backslashreplace"]:
        print(enc, err, repr(raw.decode(enc, err)))
for enc in ["utf-8", "ascii"]:
    try:
        raw.decode(enc)
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e, e.start, e.end, e.reason, e.encoding, e.object[:3])
print(b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xf0\x9f\x98".decode("utf-8", "replace"), b"\xc0\x80".decode("utf-8", "replace"))
try:
    b"x".decode("nope")
except LookupError as e:
    print("LookupError", e)
try:
    b"x".decode("utf-8", "nope")
except LookupError as e:
    print("LookupError", e)
print(b"x\xff".decode("utf-8", errors="strict") if False else "skip", str(b"\xff", "latin-1"), str(b"ab", encoding="ascii"), str(bytearray(b"q"), "utf-8"))
print(b"abc".center(7, b"-"), b"ab".ljust(4, b"0"), b"12".zfill(5), b"-3".zfill(4), b"a".rjust(3))
print(b"Hello World".swapcase(), b"hello world".title(), b"hELLO".capitalize(), b"ab12".isalnum(), b"".isalpha(), b"AB".isupper(), b"\xe9".isalpha())
print(b"abcabc".count(b"b"), b"abcabc".count(98), b"abc".find(99), b"abc".index(b"c"), b"abcabc".rfind(b"b", 0, 4), b"a" in b"cat", 97 in b"cat")
try:
    b"abc".index(b"z")
except ValueError as e:
    print("ValueError", e)
try:
    300 in b"abc"
except ValueError as e:
    print("ValueError", e)
print(b"%s and %d and %5.2f and %x and %r and %c" % (b"x", 3, 2.5, 255, "é", 65), b"%(a)s" % {b"a": b"v"}, bytearray(b"%b") % b"z")
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
print(b"a-b_c".replace(b"-", b"+"), b"aaaa".replace(b"a", b"b", 2), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"bc"), b"abc".partition(b"b"), b"abc".rpartition(b"x"))
print(b"abc".startswith((b"x", b"a")), b"abc".endswith(b"bc", 0, 3), b"ab" * 3, 2 * bytearray(b"x"), b"a" + bytearray(b"b"), bytearray(b"a") + b"b")
print(list(b"az"), bytes([65, 66]), bytes(3), bytes("é", "utf-8"), bytes(range(3)), bytearray(b"ab")[::-1], b"abcdef"[1:5:2], b"abc"[-1])
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: bytes(-1), lambda: bytes(1.5), lambda: b"a" + "b", lambda: bytes(["a"])]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
