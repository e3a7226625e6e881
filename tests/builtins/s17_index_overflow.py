# memoryview indexes beyond a C ssize_t are IndexErrors; hex()'s bytes_per_sep is a C int
# (OverflowError beyond 32 bits) for bytes, bytearray and memoryview alike.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("EXC", type(e).__name__, e)
m = memoryview(b"abc")
for k in [2**70, -2**70, 2**63, 2**63 - 1, -2**63, 3, -4, 1, -1]:
    t(lambda: m[k])
def st(k):
    mb = memoryview(bytearray(b"abc")); mb[k] = 1
for k in [2**70, 2**63, 5]:
    t(lambda: st(k))
for per in [2**31, 2**31 - 1, -2**31, -2**31 - 1, 2**70, 2, -2, 0]:
    t(lambda: b"\x01\x02\x03".hex(":", per))
    t(lambda: bytearray(b"\x01\x02\x03").hex(":", per))
    t(lambda: memoryview(b"\x01\x02\x03").hex(":", per))
t(lambda: b"ab".hex(":", 1.5))
t(lambda: b"ab".hex(":", "1"))
