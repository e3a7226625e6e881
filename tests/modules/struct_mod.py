import struct
print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("<h", -2), struct.pack(">Q", 2 ** 64 - 1), struct.pack("!H", 258))
print(struct.pack("<f", 1.5), struct.pack("<d", 0.1), struct.pack(">e", 1.0), struct.pack("?", True), struct.pack("c", b"x"), struct.pack("3s", b"abcdef"), struct.pack("5s", b"ab"))
print(struct.unpack("<iH", b"\x01\x00\x00\x00\x02\x00"), struct.unpack(">d", struct.pack(">d", 3.14)), struct.unpack("<4B", b"\x01\x02\x03\xff"), struct.unpack("<4b", b"\x01\x02\x03\xff"))
print(struct.calcsize("i"), struct.calcsize("<iHb"), struct.calcsize("@iHb"), struct.calcsize("<q"), struct.calcsize("=3sxI"), struct.calcsize("2i"), struct.calcsize("P") in (4, 8))
s = struct.Struct("<2sIf")
print(s.size, s.format, s.pack(b"ab", 7, 0.25), s.unpack(s.pack(b"ab", 7, 0.25)))
buf = bytearray(8)
struct.pack_into("<II", buf, 0, 1, 2)
print(buf, struct.unpack_from("<I", buf, 4), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
for fmt, args in [("<b", (200,)), ("<B", (-1,)), ("<i", (2 ** 31,)), ("<I", ("x",)), ("<2i", (1,)), ("z", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, "struct.error", e)
try:
    struct.unpack("<I", b"\x00")
except struct.error as e:
    print("struct.error", e)
print(struct.pack("<?", 0), struct.pack("<q", -1), struct.unpack("<q", b"\xff" * 8), struct.pack(">l", -2 ** 31), struct.pack("<n", 5) if False else "")
