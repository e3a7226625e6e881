m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m.tolist()[:3], bytes(m[2:]))
print(m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.obj, m[1:4][1:].tobytes())
print(m == b"abcdef", m[:2] == b"ab", m == memoryview(b"abcdef"), m != b"x", b"ab" + m[2:4], m.hex(), m[1:3].hex(":"))
print(list(m[:3]), [x for x in memoryview(b"xy")], bytearray(m[:2]), b"".join([m[:1], m[5:]]), hash(m[:2]) == hash(b"ab"))
ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = 72
v[1:3] = b"EL"
print(ba, v.readonly, v.tobytes(), v[4])
ba[4] = 79
print(v.tobytes(), v.toreadonly().readonly)
with memoryview(b"ctx") as w:
    print(w.tobytes())
print(repr(w)[:10])
for expr in ["w.tobytes()", "len(w)", "w[0]", "m[10]", "memoryview('abc')", "memoryview(5)", "m.__setitem__(0, 1)", "hash(v)"]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
v.release()
try:
    v[0]
except ValueError as e:
    print("ValueError", e)
print(type(m).__name__, isinstance(m, memoryview))
