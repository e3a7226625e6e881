# bytes-to-bytes and str-to-str codecs: codecs.encode/decode/lookup take them, while
# str.encode / bytes.decode / str() / bytes() refuse them with CPython's LookupError.
import codecs
cases = [
    lambda: codecs.encode("Hello", "rot13"),
    lambda: codecs.decode("Uryyb", "rot_13"),
    lambda: codecs.encode(b"hi", "hex"),
    lambda: codecs.decode(b"6869", "hex_codec"),
    lambda: codecs.encode(b"hi", "base64"),
    lambda: codecs.decode(codecs.encode(b"data " * 20, "zlib"), "zlib"),
    lambda: codecs.encode(b"x", "zlib")[:2],
    lambda: codecs.lookup("rot13").name,
    lambda: codecs.lookup("hex").name,
    lambda: codecs.lookup("ROT-13").encode("abc"),
    lambda: codecs.lookup("base64").decode(b"aGk=\n"),
    lambda: codecs.getencoder("hex")(b"\x01\xff"),
    lambda: "x".encode("hex"),
    lambda: "x".encode("rot13"),
    lambda: "x".encode("Base64"),
    lambda: b"x".decode("rot13"),
    lambda: b"x".decode("zlib"),
    lambda: bytearray(b"x").decode("hex"),
    lambda: str(b"x", "uu"),
    lambda: bytes("x", "quopri"),
    lambda: "x".encode("no-such-codec"),
    lambda: codecs.lookup("no-such-codec"),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
