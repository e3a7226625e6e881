# int() of str/bytes/bytearray with and without a base: CPython's exact messages
# (bytes-likes shown as bytes reprs, reprs cut to 200 characters, ASCII-only bytes).
cases = [(b"12", 1), (b"zz", 10), (bytearray(b"7"), 37), ("  ", 0), ("", 0), (b"", 10), (b"zz",), ("zz",),
         (b"  12  ",), (bytearray(b"1_0"),), (b"1__0",), ("1__0",), ("0x", 16), ("0x1", 0), ("010", 0),
         ("0_0", 0), ("00", 0), (b"\xff",), ("\xff",), ("\u0661\u0662",), (b"12", -1), ("12", 2**70),
         ("12", 1.5), (12, 10), (12.5, 2), (b"12", "10"), ("1" * 100, 36), (memoryview(b"12"),),
         (memoryview(b"12z"),), ("12\0",), (b"12\0",), ("a" * 300, 16), ("+",), ("-",), ("- 1",),
         ("+_1",), ("1_",), (" 0b1", 0), ("0b1", 2), ("0b", 2), ("0o8", 0), ("0b12", 0),
         (b"\xef\xbc\x91",), (b"\xef\xbc\x91", 10), ("\uff11",), (b"\xc2\xa01",), ("\xa01",),
         (bytearray(b"7"), 10), (bytearray(b"zz"), 10), (bytearray(b"zz"),), (memoryview(b"7"), 10),
         ("z" * 300,), (b"z" * 300,), (bytearray(b"z" * 300), 10), (b"\t12\n\x0b\x0c\r ",),
         (b"\x1c12",), ("\x1c12",), ("12\u2003",), ("\xe9" * 300, 10), (b"\xff" * 300,)]
for c in cases:
    try:
        print(repr(int(*c))[:60])
    except Exception as e:
        print(type(e).__name__, e)

class S(str): pass
class B(bytes): pass
for c in [(S("zz"),), (B(b"zz"),), (S("12"), 16), (B(b"zz"), 16)]:
    try:
        print(repr(int(*c)))
    except Exception as e:
        print(type(e).__name__, e)

for kw in [dict(base=10), dict(x="1", base=0), dict(x="1")]:
    try:
        print(int(**kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(int("1", base=10, x=3))
except Exception as e:
    print(type(e).__name__, e)
