# bytes/bytearray/memoryview/struct methods, formatting, codecs errors and messages.
import struct
tests = [
 "b'abc'.hex(':')", "b'abcdef'.hex('-', 2)", "bytes.fromhex('de ad be ef')", "bytearray(b'ab').hex()", "b'a,b'.split(b',')", "b'  a '.strip()", "b'abc'.center(7, b'*')",
 "b'%s %d %x' % (b'hi', 3, 255)", "b'%r' % 'é' if 0 else b'%a' % 'é'", "b'abc'.translate(bytes.maketrans(b'a', b'z'))", "b'abc'.translate(None, b'b')", "bytes(3)",
 "bytes([65, 66])", "bytes(memoryview(b'ab'))", "bytearray(b'abc')[1:]", "b'abc'[1]", "b'abc'[::-1]", "bytearray(b'ab') + b'cd'", "b'ab' * 2", "b'a' in b'abc'", "97 in b'abc'",
 "b'AbC'.swapcase()", "b'hello world'.title()", "b'abc'.isalpha()", "b'ab12'.isalnum()", "b'\\t'.isspace()", "b'abc'.startswith((b'x', b'a'))", "b'abc'.find(98)",
 "b'a\\nb\\r\\nc'.splitlines(keepends=True)", "b'abc'.zfill(5)", "b'x'.ljust(3, b'-')", "b'a b'.replace(b' ', b'')", "b'abc'.partition(b'b')", "b'a-b-c'.rsplit(b'-', 1)",
 "repr(bytearray(b'\\x00\\xff'))", "repr(b'\\'\"')", "repr(b\"'\")", "bytes.fromhex('')", "bytearray().join([b'a', bytearray(b'b')])", "b''.join([memoryview(b'x')])",
 "memoryview(b'abc')[1]", "memoryview(b'abcd')[1:3].tobytes()", "memoryview(b'ab').tolist()", "memoryview(bytearray(b'ab')).readonly", "len(memoryview(b'abc'))",
 "memoryview(b'abcd').cast('H').tolist()", "memoryview(b'ab') == b'ab'", "struct.pack('<hI', -1, 7)", "struct.unpack('>f', b'\\x3f\\x80\\x00\\x00')", "struct.calcsize('@ihq')",
 "struct.pack('3s', b'abcd')", "struct.pack('?', 5)", "struct.unpack_from('<H', b'\\x00\\x01\\x02', 1)", "list(struct.iter_unpack('<h', b'\\x01\\x00\\x02\\x00'))", "struct.Struct('<i').size",
 "int.from_bytes(b'\\x01\\x02', 'big')", "bytearray(b'abc').pop()", "bytearray(b'abc').remove(98) or 1", "b = bytearray(b'abc'); b[0] = 120; b" if 0 else "bytearray(b'ab').decode()",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as ex:
        print(t, '!!', type(ex).__name__, ex)
for t in ["b'a' + 'b'", "b'abc'.hex(1)", "bytes.fromhex('zz')", "bytes.fromhex('a')", "b'%d' % b'a'", "b'%s' % 'a'", "bytes([256])", "bytes('a', 'zz')", "bytearray(b'a').pop(5)",
          "bytearray().pop()", "b'a'.split(b'')", "b'abc'.index(b'z')", "memoryview(b'ab')[5]", "memoryview(b'ab').cast('Q')", "struct.pack('<h', 70000)", "struct.pack('i', 'a')",
          "struct.unpack('<i', b'ab')", "struct.pack('z', 1)", "struct.pack('i')", "struct.pack('i', 1, 2)", "memoryview(b'a')[0] = 1", "b'abc'[5]", "b'a'.decode('utf-8', 'bogus')",
          "b'\\xff'.decode('utf-8')", "b'\\xe9'.decode('ascii')", "'é'.encode('ascii')", "'💩'.encode('latin-1')", "b'a'.center(5, 'x')", "bytes(1.5)", "b'a'.join(['b'])", "ord(b'ab')"]:
    try:
        if '] = ' in t:
            exec(t)
        else:
            print(t, '->', repr(eval(t)))
    except Exception as ex:
        print(t, '!!', type(ex).__name__, ex)
