b = b"Hello, World"
print(b, repr(b), len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], list(b[:3]))
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b.split(b", "), b.split(), b" a  b ".split())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.startswith(b"He"), b.endswith((b"x", b"ld")), b.find(111))
print(b.replace(b"l", b"L"), b.strip(b"Hd"), b"  x ".strip(), b"xxaxx".lstrip(b"x"), b"xxaxx".rstrip(b"x"))
print(b"-".join([b"a", b"b"]), b.partition(b","), b.rpartition(b"o"), b"ab".center(6, b"*"), b"ab".ljust(4), b"5".zfill(3))
print(b.hex(), b"\x00\xff".hex(), b"\x01\x02\x03".hex(":"), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff"))
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" ".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), bytes(range(5)), bytes(b"x"), bytes(), bytes(bytearray(b"q")))
print(repr(b"\x00\x01\t\n\r\x7f\x80\xff'\"\\"), repr(b"it's"), repr(b'"'), repr(b"'\""))
print(b"caf\xc3\xa9".decode(), b"caf\xc3\xa9".decode("latin-1"), b"\xff\xfeabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print(b"\xffabc".decode("ascii", "replace"), b"abc\xff".decode("utf-8", "backslashreplace"), b"\xc3".decode("utf-8", "replace"))
print(b"a" + b"b", b"ab" * 3, b"a" in b"cab", 97 in b"abc", b"" in b"x", b"abc" < b"abd", b"a" == "a", b"ab".decode("ascii"))
print(b"A\tB".expandtabs(4), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abcd".translate(None, b"bd"))
print(b"a,b".split(b",", 1), b"a\nb\r\nc".splitlines(), b"a\nb".splitlines(keepends=True), b"x.py".removesuffix(b".py"), b"xy".removeprefix(b"x"))
print(bytes.__name__, type(b[0]).__name__, type(b[0:1]).__name__, hash(b"abc") == hash(b"abc"))
print(b"%d-%s" % (5, b"x"), sorted(b"cba"), max(b"az"), list(reversed(b"abc")))
try:
    b"abc"[10]
except IndexError as e:
    print("IndexError", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError", e)
try:
    b"x"[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
