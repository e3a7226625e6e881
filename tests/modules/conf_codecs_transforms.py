import codecs
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"), codecs.decode(b"616263", "hex"), codecs.encode(b"abc", "hex_codec"))
print(codecs.encode(b"abc" * 30, "base64"), codecs.decode(b"YWJj\n", "base64"), codecs.encode("é", "utf-8"), codecs.decode(b"\xc3\xa9"), codecs.encode("x", "ROT-13"))
for f in [lambda: codecs.encode(b"x", "rot13"), lambda: codecs.decode(b"6", "hex"), lambda: codecs.decode(b"zz", "hex"), lambda: codecs.encode("é", "ascii")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.encode(b"", "base64"), codecs.decode("", "rot13"), codecs.encode(bytearray(b"\xff"), "hex"))
