# A binary message codec: struct packing, bytes/bytearray/memoryview slicing,
# checksums, hexdump formatting, int.from_bytes/to_bytes and error handling.
import struct
import zlib
from enum import IntEnum


class Kind(IntEnum):
    PING = 1
    DATA = 2
    ACK = 3


HEADER = struct.Struct(">BBHI")  # kind, flags, length, sequence


class CodecError(Exception):
    pass


def encode(kind, seq, payload=b"", flags=0):
    body = HEADER.pack(kind, flags, len(payload), seq) + payload
    return body + zlib.crc32(body).to_bytes(4, "big")


def decode(buf):
    if len(buf) < HEADER.size + 4:
        raise CodecError(f"short packet ({len(buf)} bytes)")
    view = memoryview(buf)
    kind, flags, length, seq = HEADER.unpack_from(view)
    end = HEADER.size + length
    if len(buf) != end + 4:
        raise CodecError(f"length mismatch: header says {length}, have {len(buf) - HEADER.size - 4}")
    crc = int.from_bytes(view[end:], "big")
    if crc != zlib.crc32(view[:end]):
        raise CodecError(f"bad checksum {crc:#010x}")
    try:
        kind = Kind(kind)
    except ValueError as e:
        raise CodecError(str(e)) from e
    return kind, flags, seq, bytes(view[HEADER.size:end])


def hexdump(data, width=8):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:04x}  {hexes:<{width * 3 - 1}}  |{text}|")
    return "\n".join(lines)


packets = [encode(Kind.PING, 1), encode(Kind.DATA, 2, "héllo, wörld".encode()), encode(Kind.ACK, 2, flags=0x80),
           encode(Kind.DATA, 3, struct.pack("<3h", -1, 0, 512))]
for p in packets:
    kind, flags, seq, payload = decode(p)
    print(f"{kind.name:<5} seq={seq} flags={flags:#04x} len={len(payload)} -> {payload!r}")
print(hexdump(packets[1]))
print(struct.unpack("<3h", decode(packets[3])[3]), HEADER.size, struct.calcsize("<3h"))

corrupt = bytearray(packets[1])
corrupt[9] ^= 0xFF
bad = [b"\x01\x00", bytes(corrupt), packets[0][:-1] + b"\x00", encode(7, 9), packets[2] + b"!"]
for b in bad:
    try:
        decode(b)
    except CodecError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print("CodecError:", e, cause)

stream = b"".join(packets)
print(len(stream), stream.count(b"\x02"), stream.find(b"llo"), stream[:4].hex(" "), bytes.fromhex("de ad").hex().upper())
ba = bytearray(b"abc")
ba[1:2] = b"XYZ"
ba.extend(range(48, 51))
ba.insert(0, 95)
print(ba, ba.decode(), ba.upper(), list(ba[-3:]), ba.startswith(b"_a"), len(ba))
print(int.from_bytes(b"\xff\xfe", "little", signed=True), (-2).to_bytes(2, "little", signed=True), (1024).to_bytes(4, "big"), int("11111111", 2).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    struct.pack(">H", 70000)
except struct.error as e:
    print("struct.error:", e)
mv = memoryview(bytearray(b"0123456789"))
mv[2:4] = b"ab"
print(mv.tobytes(), mv[::3].tobytes(), mv.obj, mv[5], len(mv[2:8]))
