"""Binary packet protocol: struct packing, checksums, bytes/bytearray/memoryview handling."""
import struct
import zlib
import binascii
import base64
from enum import IntEnum
from collections import namedtuple
from io import BytesIO


class Kind(IntEnum):
    HELLO = 1
    DATA = 2
    ACK = 3
    BYE = 0xFF


HEADER = struct.Struct("!BBHI")  # version, kind, length, sequence
Packet = namedtuple("Packet", "version kind seq payload")


class ProtocolError(Exception):
    pass


def checksum(data: bytes) -> int:
    s = 0
    for i in range(0, len(data) - 1, 2):
        s += (data[i] << 8) | data[i + 1]
    if len(data) % 2:
        s += data[-1] << 8
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return ~s & 0xFFFF


def encode(kind, seq, payload=b""):
    head = HEADER.pack(1, kind, len(payload), seq)
    body = head + payload
    return body + struct.pack("!H", checksum(body))


def decode(stream: BytesIO):
    head = stream.read(HEADER.size)
    if not head:
        return None
    if len(head) < HEADER.size:
        raise ProtocolError(f"truncated header ({len(head)} of {HEADER.size} bytes)")
    version, kind, length, seq = HEADER.unpack(head)
    payload = stream.read(length)
    (ck,) = struct.unpack("!H", stream.read(2))
    if checksum(head + payload) != ck:
        raise ProtocolError(f"bad checksum {ck:#06x} for seq {seq}")
    return Packet(version, Kind(kind), seq, payload)


records = [(7, -3.5, b"temp"), (8, 1e-3, b"humid"), (9, 123456.789, b"press")]
data_payload = b"".join(struct.pack("<Hd8s", i, v, name) for i, v, name in records)
wire = bytearray()
wire += encode(Kind.HELLO, 1, "héllo".encode())
wire += encode(Kind.DATA, 2, data_payload)
wire += encode(Kind.ACK, 3)
wire += encode(Kind.BYE, 4, b"\x00\xff")
print(len(wire), HEADER.size, HEADER.format, struct.calcsize("<Hd8s"), struct.calcsize("@Hd8s"))
print(wire[:16].hex(" "), binascii.hexlify(bytes(wire[-4:])))
stream = BytesIO(bytes(wire))
while (pkt := decode(stream)) is not None:
    print(pkt.kind.name, pkt.seq, pkt.payload[:12], f"crc32={zlib.crc32(pkt.payload):08x}")
    if pkt.kind is Kind.DATA:
        for rec in struct.iter_unpack("<Hd8s", pkt.payload):
            i, v, name = rec
            print(f"   #{i} {name.rstrip(b'\0').decode():<6} {v:>12.4f} {v!r}")
bad = bytearray(wire)
bad[10] ^= 0x40
try:
    s = BytesIO(bytes(bad))
    while decode(s):
        pass
except ProtocolError as e:
    print("ProtocolError:", e)
try:
    decode(BytesIO(bytes(wire[:5])))
except ProtocolError as e:
    print("ProtocolError:", e)
for fmt, vals in [("<i", (2**31,)), (">B", (-1,)), ("<h", (1.5,)), ("<3s", ("str",)), ("<2i", (1,))]:
    try:
        struct.pack(fmt, *vals)
    except struct.error as e:
        print(f"struct.error {fmt}: {e}")
try:
    struct.unpack("<I", b"\x01\x02")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack("<?xbhiq", True, -1, -2, -3, -4).hex(), struct.unpack("<fd", struct.pack("<fd", 0.1, 0.1)))
print(struct.pack(">e", 65504.0), struct.unpack(">e", b"\x3c\x00"), struct.pack("4s2p", b"ab", b"xyz"), struct.pack("=L", 1))
mv = memoryview(bytearray(b"abcdefgh"))
mv[2:4] = b"ZZ"
print(mv.tobytes(), mv[::2].tobytes(), mv.nbytes, mv.readonly, bytes(mv[-2:]), mv.cast("H").tolist())
ints = memoryview(struct.pack("<4i", 1, -2, 3, -4)).cast("i")
print(ints.tolist(), ints[1], ints.format, ints.itemsize, len(ints))
ba = bytearray(b"hello world")
ba[0] = ord("H")
ba.extend(b"!!")
del ba[5:6]
print(ba, ba.find(b"o"), ba.rfind(b"o"), ba.upper(), ba.count(b"l"), ba.decode().title(), ba.pop(), ba)
print(base64.b64encode(bytes(wire[:9])), base64.b85encode(b"packet"), base64.b32decode(base64.b32encode(b"ok")))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (1024).to_bytes(4, "little"), (-129).to_bytes(2, "big", signed=True).hex())
print(bytes(range(0x20, 0x7f, 7)), b"\t\n\r\x0b".hex(), bytes.fromhex("de ad be ef").hex().upper(), b"abc".center(9, b"-"))
print(b"a b\tc".split(), b"x".join([b"1", b"2"]), b"ABC".lower().startswith((b"x", b"ab")), b"%05.1f|%-4s|" % (2.25, b"z"))
