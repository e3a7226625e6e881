"""A compression lab: LZW, run-length and Huffman-free codecs over bytes, with base64/zlib checks."""
import base64
import binascii
import zlib
import hashlib
import struct


def lzw_compress(data: bytes) -> list:
    table = {bytes([i]): i for i in range(256)}
    w = b""
    out = []
    for b in data:
        wc = w + bytes([b])
        if wc in table:
            w = wc
        else:
            out.append(table[w])
            table[wc] = len(table)
            w = bytes([b])
    if w:
        out.append(table[w])
    return out


def lzw_decompress(codes: list) -> bytes:
    table = {i: bytes([i]) for i in range(256)}
    it = iter(codes)
    w = table[next(it)]
    out = bytearray(w)
    for k in it:
        if k in table:
            entry = table[k]
        elif k == len(table):
            entry = w + w[:1]
        else:
            raise ValueError(f"bad LZW code {k}")
        out += entry
        table[len(table)] = w + entry[:1]
        w = entry
    return bytes(out)


def rle(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes((j - i, data[i]))
        i = j
    return bytes(out)


def unrle(data: bytes) -> bytes:
    if len(data) % 2:
        raise ValueError("odd-length RLE stream")
    return b"".join(bytes([v]) * n for n, v in zip(data[::2], data[1::2]))


def pack_codes(codes):
    width = max(codes).bit_length()
    acc = nbits = 0
    out = bytearray(struct.pack(">BH", width, len(codes)))
    for c in codes:
        acc = (acc << width) | c
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
    if nbits:
        out.append((acc << (8 - nbits)) & 0xFF)
    return bytes(out)


samples = {
    "repetitive": b"TOBEORNOTTOBEORTOBEORNOT" * 4,
    "runs": b"\x00" * 300 + b"\xff" * 5 + b"abc",
    "text": "Ünïcödé text — ✓ compresses?".encode("utf-8"),
    "empty-ish": b"x",
}
print(f"{'sample':<11}{'raw':>5}{'lzw':>5}{'packed':>7}{'rle':>5}{'zlib':>5}  crc32      adler32")
for name, data in samples.items():
    codes = lzw_compress(data)
    assert lzw_decompress(codes) == data
    assert unrle(rle(data)) == data
    z = zlib.compress(data, 9)
    assert zlib.decompress(z) == data
    print(f"{name:<11}{len(data):>5}{len(codes):>5}{len(pack_codes(codes)):>7}{len(rle(data)):>5}{len(z):>5}  "
          f"{zlib.crc32(data):08x}   {zlib.adler32(data):08x}")

data = samples["text"]
print(base64.b64encode(data))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi!"), base64.b16encode(b"\x01\xab"))
print(base64.b64decode(b"aGVsbG8="), base64.b64decode("aGVsbG8"  + "=="), base64.a85encode(b"weft"), base64.b85encode(b"weft"))
try:
    base64.b64decode(b"abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode(b"ab!c", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.hexlify(b"\x00\x10\xff", "-"), binascii.unhexlify("deadBEEF"), bytes.fromhex("de ad be ef"), b"\xde\xad".hex(" ", 1))
print(hashlib.sha256(b"abc").hexdigest()[:16], hashlib.md5(b"").hexdigest(), hashlib.sha1(data).digest()[:4])
h = hashlib.sha256()
for chunk in (b"a", b"b", b"c"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.name, h.digest_size, hashlib.blake2b(b"x", digest_size=8).hexdigest())

ba = bytearray(b"hello world")
ba[0] = ord("H")
ba[6:11] = b"WEFT!"
ba.extend(b"..")
ba.insert(5, 44)
del ba[-1]
print(ba, ba.upper(), ba.count(b"l"), ba.find(b"WE"), ba.replace(b"l", b"L", 1), bytes(ba[::2]))
mv = memoryview(ba)
print(mv[0], mv[1:4].tobytes(), mv.nbytes, mv.readonly, bytes(mv[-3:]), mv.tolist()[:3])
mv[0] = ord("J")
print(ba[:5], len(mv))
mv.release()
print(b"a,b,,c".split(b","), b"  pad ".strip(), b"abc".center(9, b"*"), b"%d-%s-%x" % (7, b"q", 255), b"x" * 3 + b"y")
print(bytes(range(65, 70)), bytes(3), bytearray.fromhex("41 42"), list(b"AZ"), b"A" < b"B", b"abc"[1], b"abc"[1:])
print(struct.pack("<hHiIq", -2, 65535, -1, 2**32 - 1, -2**63), struct.unpack(">HB", b"\x01\x02\x03"), struct.calcsize("@ihq"))
print(struct.pack(">f", 0.1), struct.unpack(">d", struct.pack(">d", 0.1))[0], struct.pack("3s2x?", b"abcdef", True))
try:
    struct.pack(">B", 256)
except struct.error as e:
    print("struct.error:", e)
try:
    b"abc".decode("ascii") + "é".encode("ascii").decode()
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e.reason, e.start, e.end, e.encoding)
print("é".encode("latin-1"), b"\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), "x\u00e9".encode("ascii", "xmlcharrefreplace"))
print("é€".encode("utf-16-le"), "é".encode("utf-8", "backslashreplace"), b"\xc3".decode("utf-8", "ignore") == "", "ß".encode("cp1252"))
lzw_decompress([65, 300])
