import struct, io
records = [(1, b"alice", 3.5), (2, b"bob", -1.25), (300, b"carol-long-name", 0.0)]
fmt = struct.Struct("<H8sd")
buf = io.BytesIO()
for r in records:
    buf.write(fmt.pack(*r))
data = buf.getvalue()
print(len(data), data[:12].hex())
for rec in fmt.iter_unpack(data):
    print(rec[0], rec[1].rstrip(b"\x00"), rec[2])
print(struct.pack(">bhilq", -1, -2, -3, -4, -5).hex(), struct.pack("<BHILQ", 1, 2, 3, 4, 5).hex())
print(struct.unpack(">f", struct.pack(">f", 0.1))[0], struct.pack("<2x?3sx", True, b"ab"), struct.calcsize("<2x?3sx"))
print(struct.pack("@i", 1) == struct.pack("=i", 1), struct.pack("!I", 0xDEADBEEF), struct.unpack("!I", b"\xde\xad\xbe\xef")[0] == 0xDEADBEEF)
print(struct.pack("<e", 65504.0), struct.unpack("<e", b"\x00\x3c"), struct.pack("<d", float("inf")), struct.unpack("<d", b"\x00" * 7 + b"\x80"))
print(struct.pack("10p", b"pascal"), struct.unpack("10p", struct.pack("10p", b"pascal")))
