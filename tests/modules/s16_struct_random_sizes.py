# struct formats with enormous repeat counts and random.getrandbits() with huge k:
# CPython answers at once (an error, or the size without spelling out every item).
import struct, random
for fmt in ["999999999999999999999i", "9223372036854775807s", "9223372036854775807x4x", "4611686018427387904q", "100000000i", "@100000000d", "3i2h", "<3s2x?"]:
    try:
        print(fmt, struct.calcsize(fmt))
    except struct.error as e:
        print(fmt, "struct.error:", e)
s = struct.Struct("<50000000H")
print(s.size, s.format)
print(struct.pack("<3h2s", 1, -2, 3, b"abc"), struct.unpack(">2i", b"\x00\x00\x00\x01\xff\xff\xff\xff"), struct.pack("4x"), struct.unpack("<2?", b"\x00\x05"))
print(struct.Struct("<5i").unpack(bytes(range(20))), list(struct.iter_unpack("<2h", bytes(8))))
for k in (2**31, 2**70, -1, 2**31 - 1 if False else 0):
    try:
        print(k, random.getrandbits(k))
    except (OverflowError, ValueError) as e:
        print(k, type(e).__name__, e)
random.seed(12345)
x = random.getrandbits(100000)
print(x.bit_length(), x % 1000003, random.getrandbits(33), random.getrandbits(64), random.randrange(10**30), random.getrandbits(1))
