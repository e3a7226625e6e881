# Built-in functions given None where they take a str say "not None" (Argument
# Clinic), not "not NoneType".
import sys, io
cases = ["'abc'.replace(None, 'x')", "'abc'.replace('a', None)", "sys.stdout.write(None)", "io.StringIO().write(None)", "bytes.fromhex(None)", "format(1, None)", "(1).__format__(None)", "(1.0).__format__(None)", "'a'.__format__(None)", "sys.intern(None)", "(1).to_bytes(1, None)", "'a'.encode(None)", "'a'.encode('utf-8', None)", "'a'.join([None])", "'a'.split(None, None)", "'a'.startswith(None)", "'a'.count(None)", "'a'.find(None)", "'a'.strip(1)", "'a'.center(3, None)", "'a'.zfill(None)", "'a'.ljust(None)", "'a'.partition(None)", "'a'.splitlines(None)", "'a'.expandtabs(None)", "'a'.index(None)", "'a' + None", "int('1', None)", "float(None)", "str(b'a', None)", "open(None)", "'%s' % None", "'a'.translate(None)", "'a'.removeprefix(None)", "'a'.endswith((None,))", "b'a'.replace(None, b'')", "b'a'.decode(None)", "bytearray(b'a').extend(None)", "chr(None)", "ord(None)", "'a'.maketrans(None)", "getattr(1, None)", "setattr(1, None, 1)", "type('a', None, {})", "isinstance(1, None)", "issubclass(int, None)", "hasattr(1, None)", "delattr(1, None)"]
for c in cases:
    try:
        eval(c)
        print(c, "ok")
    except Exception as e:
        print(c, type(e).__name__, e)
