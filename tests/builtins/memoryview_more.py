m = memoryview(b"abcdef")
print(m[1], m[-1], m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), bytes(m[2:]), len(m[1:5:2]), m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides)
print(m.tolist(), m[1:3].tolist(), m == b"abcdef", m[:2] == b"ab", m.hex(), m[0:0].tobytes(), list(m[:3]))
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = ord("J")
mv[1:3] = b"EL"
print(ba, mv.readonly, mv.tobytes(), mv.obj is ba, mv.toreadonly().readonly)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print("ValueError", e)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError", e)
try:
    m[10]
except IndexError as e:
    print("IndexError", e)
mv.release()
ba.append(33)
print(ba)
try:
    mv[0]
except ValueError as e:
    print("ValueError", e)
with memoryview(b"xyz") as w:
    print(w.tobytes())
print(repr(w)[:20])
c = memoryview(bytes(range(8))).cast("I")
print(c.format, c.itemsize, len(c), c.nbytes, c.shape, c.tolist()[0] == int.from_bytes(bytes(range(4)), "little"))
h = memoryview(b"\x01\x00\x02\x00").cast("H")
print(h.tolist(), h[1], h.cast("B").tolist(), memoryview(b"ab").cast("c").tolist())
w = memoryview(bytearray(8)).cast("i")
w[0] = -2
w[1] = 2 ** 31 - 1
print(w.tolist(), bytes(w.obj), w[::-1].tolist(), w[1:].format, w.nbytes, w.strides)
for v in [2 ** 31, 1.5, "x"]:
    try:
        w[0] = v
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(memoryview(b"\x00\x00\x80\x3f").cast("f").tolist(), memoryview(b"\x01\x00\x02").cast("?").tolist(), memoryview(bytes(16)).cast("q").tolist())
for bad in [lambda: w.cast("h"), lambda: memoryview(b"abcd")[::2].cast("H"), lambda: memoryview(b"ab").cast("x"), lambda: hash(memoryview(b"abcd").cast("i"))]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    memoryview(b"abc").cast("I")
except TypeError as e:
    print("TypeError", e)
try:
    memoryview("abc")
except TypeError as e:
    print("TypeError", e)
print(memoryview(b"ab") == memoryview(b"ab"), memoryview(b"ab") != b"ac", bytes(memoryview(bytearray(b"q"))), bytearray(memoryview(b"zz")))
try:
    hash(memoryview(bytearray(b"a")))
except ValueError as e:
    print("ValueError", e)
print(hash(memoryview(b"abc")) == hash(b"abc"))
