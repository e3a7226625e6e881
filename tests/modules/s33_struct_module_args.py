# struct's module-level functions check their arguments as CPython's _struct does:
# the format is looked up in the struct cache first (unhashable -> TypeError), then
# counts and keywords give _struct's own messages.
import struct


def t(s):
    try:
        print(s, "->", repr(eval(s)))
    except Exception as e:
        print(s, "!!", type(e).__name__, e)


for s in [
    "struct.calcsize()", "struct.calcsize('i', 1)", "struct.calcsize([])", "struct.calcsize(None)",
    "struct.calcsize(format='i')", "struct.calcsize('<iq')", "struct.calcsize(b'2h')",
    "struct.pack()", "struct.pack('i')", "struct.pack([])", "struct.pack(None)",
    "struct.pack(format='i')", "struct.pack('i', 1, x=2)", "struct.pack('<hh', 1, 2)",
    "struct.pack_into()", "struct.pack_into('i')", "struct.pack_into('i', bytearray(4))",
    "struct.pack_into(None)", "struct.pack_into([])", "struct.pack_into('i', bytearray(4), 0)",
    "struct.pack_into('<h', bytearray(4), 2, 7, 8)",
    "struct.unpack()", "struct.unpack('i')", "struct.unpack(None)", "struct.unpack('i', b'abcd', 1)",
    "struct.unpack([], b'')", "struct.unpack(format='i', buffer=b'aaaa')", "struct.unpack('<h', b'ab')",
    "struct.unpack('<h', b'abc')",
    "struct.unpack_from()", "struct.unpack_from('i')", "struct.unpack_from('i', b'abcd', 0, 1)",
    "struct.unpack_from('<h', buffer=b'abcd')", "struct.unpack_from('<h', b'abcd', offset=2)",
    "struct.unpack_from('<h', buffer=b'abcd', offset=1)", "struct.unpack_from([], b'')",
    "struct.unpack_from('i', b'abcd', x=0)", "struct.unpack_from('h', b'ab', buffer=b'abcd')",
    "struct.unpack_from('<i', b'abc')",
    "struct.iter_unpack()", "struct.iter_unpack('i')", "struct.iter_unpack('i', b'abcd', 1)",
    "list(struct.iter_unpack('<h', b'abcd'))", "struct.iter_unpack([], b'')",
    "struct.iter_unpack('', b'')", "struct.iter_unpack('<h', b'abc')",
    "struct.iter_unpack(format='h', buffer=b'ab')",
]:
    t(s)

buf = bytearray(6)
struct.pack_into("<hi", buf, 0, -2, 70000)
print(buf, struct.unpack("<hi", buf), struct.Struct("<hi").unpack(bytes(buf)))
