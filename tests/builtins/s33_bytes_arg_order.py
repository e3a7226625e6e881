# The order in which bytes/int methods check their arguments, and the type name
# CPython gives None in Argument Clinic's "must be ..., not None".
def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, type(e).__name__, e)


for expr in [
    # a count beyond a C ssize_t is an OverflowError before its sign is looked at
    "bytes(-2**70)",
    "bytearray(-2**70)",
    "bytes(-2**63)",
    "bytearray(-1)",
    "bytes(2**70)",
    "bytes(3)",
    # hex(): bytes_per_sep is converted before sep is looked at
    "b'abc'.hex(None, 'a')",
    "b'abc'.hex(None, 2**70)",
    "b'abc'.hex(None, 2)",
    "b'abc'.hex('::', 1.5)",
    "b'abc'.hex(5, 1)",
    "b'abcd'.hex(':', 2)",
    "b'abcd'.hex(b'-', -3)",
    "bytearray(b'abc').hex(None, [])",
    "memoryview(b'abc').hex(None, 'x')",
    "memoryview(b'abcdef').hex('.', 4)",
    # center/ljust/rjust fill argument
    "b'ab'.center(5, None)",
    "b'ab'.ljust(5, None)",
    "bytearray(b'ab').rjust(5, None)",
    "b'ab'.center(5, 'x')",
    "b'ab'.center(5, b'xy')",
    "b'ab'.center(6, b'*')",
    # int.to_bytes: length as ssize_t, byteorder's type and value, then the length's sign
    "(7).to_bytes(-1, None)",
    "(7).to_bytes(-1, 5)",
    "(7).to_bytes(-1, 'middle')",
    "(7).to_bytes(-1, 'big')",
    "(7).to_bytes(-2**70, 'big')",
    "(7).to_bytes(2**70, None)",
    "(7).to_bytes('a', 'big')",
    "(7).to_bytes(2, 'little')",
    "(-3).to_bytes(2, 'big', signed=True)",
    "(-3).to_bytes(2, 'big')",
    "(300).to_bytes(1, 'big')",
    "(7).to_bytes()",
    "(0).to_bytes(0, 'big')",
]:
    show(expr)
