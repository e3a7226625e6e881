for b in [b"", b"abc", b"\x00", b"'", b'"', b"'\"", b"\\", b"\n\r\t", bytes(range(0, 256, 17)), b"\x7f\x80"]:
    print(repr(b), repr(bytearray(b)), len(b), b.hex(), list(b)[:4])
print(bytes([104, 105]), bytes.fromhex(""), bytes(b"abc"[1:]), b"a" < b"b", b"abc"[1], b"abc"[1:2], b"x" * 3)
print(b"hello world".title(), b"  strip\n".strip(), b"a-b".split(b"-"), b"abc".center(7, b"-"), b"ab".rjust(4, b"0"))
print(b"%s=%d" % (b"k", 3), b"%5s|%-5s|" % (b"a", b"b"), b"%x %o %c" % (255, 8, 97), b"%%")
print(b"abc".startswith(b"a"), b"abc".find(b"c"), b"a\tb".expandtabs(), b"AbC".swapcase(), b"abc".count(b""), bytes(5) == b"\x00" * 5)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"x") + bytearray(b"y"), type(b"" + bytearray()).__name__, type(bytearray() + b"").__name__)
print(b"caf\xc3\xa9".decode("utf-8"), b"\xe4\xb8\xad".decode(), "中".encode("utf-8"), b"x".decode("ascii"), b"\x80abc".decode("latin-1"), b"\x80".decode("cp1252"))
print(memoryview(b"abc")[0], memoryview(b"abc").tolist(), bytes(memoryview(b"xyz")[1:]), memoryview(b"ab") == b"ab")
