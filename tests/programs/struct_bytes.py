"""Binary record packing with struct, bytes/bytearray manipulation and hashing."""
import struct
import hashlib
import base64
import binascii
import zlib

RECORD = struct.Struct("<I8sdh?")
print(RECORD.size, RECORD.format)
rows = [(1, b"alpha", 3.25, -7, True), (2, b"beta", -0.5, 300, False), (65536, b"gamma-long", 1e10, 0, True)]
blob = b"".join(RECORD.pack(*r) for r in rows)
print(len(blob), blob[:20].hex(), blob[:8].hex(" "), blob[:6].hex(":", 2))
for rec in RECORD.iter_unpack(blob):
    print(rec, rec[1].rstrip(b"\x00").decode())
print(struct.pack(">HhL", 1, -2, 3), struct.unpack(">f", struct.pack(">f", 0.1))[0], struct.calcsize("@iqc"), struct.calcsize("=iqc"))
print(struct.pack("3s2x?", b"abcd", 1), struct.unpack_from("<H", b"\x00\x01\x02", 1), struct.pack("!q", -1))
for fmt, vals in [(">h", (40000,)), ("<B", (-1,)), ("<i", ("x",)), ("<2i", (1,))]:
    try:
        struct.pack(fmt, *vals)
    except struct.error as e:
        print("struct.error:", e)
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba.extend(b"!!")
ba[6:11] = b"WEFT"
del ba[-1]
ba.insert(0, 62)
print(ba, ba.upper(), ba.find(b"W"), ba.count(b"l"), bytes(ba).split(b" "), ba.replace(b"l", b"L", 1), ba.pop(), len(ba))
print(bytes(range(5)), bytes.fromhex("de ad be ef"), b"abc".hex(), bytes([65, 66]) * 2, b"a,b,,c".split(b","), b"  x ".strip(), b"abc" < b"abd")
print(b"%s=%d %x %5.2f %r" % (b"key", 42, 255, 3.14159, b"q"), b"caf\xc3\xa9".decode(), "naïve".encode("utf-8"), "naïve".encode("latin-1"))
print(int.from_bytes(b"\x01\x00", "little"), (258).to_bytes(2, "big"), list(b"AZ"), b"A"[0], b"ab"[::-1], bytes(3), b"x" in b"xyz")
for algo in ["md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256"]:
    h = hashlib.new(algo)
    h.update(b"The quick brown fox ")
    h.update(b"jumps over the lazy dog")
    print(f"{algo:<9} {h.hexdigest()[:32]} {h.digest_size} {h.block_size}")
print(hashlib.sha256(b"").hexdigest(), hashlib.md5("é".encode()).hexdigest(), hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:32])
enc = base64.b64encode(blob[:16])
print(enc, base64.b64decode(enc) == blob[:16], base64.b32encode(b"hi"), base64.b16encode(b"hi"), base64.urlsafe_b64encode(b"\xfb\xff"), base64.a85encode(b"hello"))
print(binascii.hexlify(b"\x00\xff"), binascii.unhexlify("00ff"), binascii.crc32(b"hello"), zlib.crc32(b"hello"), zlib.adler32(b"hello"))
z = zlib.compress(b"abc" * 100, 9)
print(zlib.decompress(z)[:9], len(zlib.decompress(z)))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc" + "d"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
