tests = [
 "b'a'.center(3, b'xy')", "b'a'.center(3, 1)", "bytearray(b'a').center(3,'x')", "b'a'.strip(1)", "b'a'.split(1)", "b'a'.join(['a'])",
 "b'a'.replace(b'a')", "b'a'.upper(1)", "b'a'.partition(1)", "b'a'.removeprefix('a')", "b'a'.translate(b'ab')", "bytes.maketrans(b'a', b'bc')",
 "b'a'.translate(1)", "b'a'.decode('ascii', 1)", "b'a'.zfill('a')", "bytearray(b'a').join([bytearray(b'x')])", "b''.join([memoryview(b'ab')])",
 "b'abc' + bytearray(b'd')", "bytearray(b'abc') + b'd'", "b'abc' == bytearray(b'abc')", "bytearray(b'a') < b'b'", "b'a' < 'b'",
 "b'abc' + memoryview(b'd')", "b'a' * 1.5", "bytes(bytearray(b'x'))", "bytes(memoryview(b'xy'))", "bytearray(3)", "bytearray('abc')",
 "bytearray('é', 'utf-8')", "bytes(x for x in [1,2])", "b'a'.hex(1,2,3)", "bytearray(b'a').hex()", "b'abc'.split(maxsplit=1)", "b'a b'.rsplit(None, 1)",
 "b'%s %d %x %r %a %c %c' % (b'x', 3, 255, b'y', 'é', 65, b'z')", "b'%5.2f|%-4s|%04d' % (1.5, b'ab', 7)", "b'%(k)s' % {b'k': b'v'}",
 "b'%s' % bytearray(b'q')", "b'%s' % memoryview(b'm')", "b'%b' % b'b'", "b'%c' % 256", "b'%c' % b'ab'", "bytearray(b'%s') % b'1'",
 "repr(bytearray(b'a\\x00'))", "str(b'\\xff')", "b'abc'[1:2]", "bytearray(b'abc')[::-1]", "bytearray(b'abc')[1]", "list(bytearray(b'ab'))",
 "hash(bytearray())", "b'a'.__getnewargs__()", "bytes.fromhex('  01 02  ')", "bytearray.fromhex('0a0b')", "bytes.fromhex('0 1')",
 "b'aBc'.swapcase()", "b'hello world'.title()", "b'\\xe9t\\xe9'.upper()", "b'ab\\tc'.expandtabs()", "b'  a  '.strip(None)",
 "b'abc'.count(98)", "b'abc'.find(98, 0, 1)", "b'abc'.index(256)", "b'abc'.rfind(b'')", "b'abc'.startswith((b'x', bytearray(b'a')))",
 "b'abc'.startswith(memoryview(b'a'))", "b'a\\x1cb'.split()", "b'a\\x1cb'.splitlines()", "b'a\\rb\\r\\nc\\n'.splitlines(True)", "b'abc'.isalnum()", "b''.isspace()",
 "bytes(-1)", "bytes([-1])", "bytes(2**70)", "bytes(b'x', 'utf-8')", "bytes(1, errors='x')", "bytearray(b'a', 'utf-8')",
 "bytes.__new__(bytes)", "bytes([True, False])",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)
