ba = bytearray(b"hello")
print(ba, repr(ba), len(ba), ba[0], ba[1:3])
ba[0] = 72
ba.append(33)
ba.extend(b"??")
ba += b"!"
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[-3:]
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 65)
ba.remove(69)
print(ba, ba.find(76), ba.count(76), ba.find(b"LO"))
ba.reverse()
print(ba, bytes(ba), ba.decode(), ba.upper(), ba.hex())
ba2 = bytearray(3)
print(ba2, bytearray(), bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray(b"ab") * 2, bytearray(b"x") + b"y")
ba2[:] = b"xyz123"
print(ba2, ba2 == b"xyz123", ba2.isalnum(), ba2.split(b"z"), bytearray(b" a ").strip())
ba2.clear()
print(ba2, len(ba2))
c = bytearray(b"abc")
d = c.copy()
d[0] = 0x7a
print(c, d, type(d).__name__, bytearray.fromhex("41 42"), c.zfill(5))
for op in [lambda: c.__setitem__(0, 256), lambda: c.__setitem__(0, -1), lambda: c.pop(10), lambda: bytearray().pop(), lambda: c.remove(1), lambda: hash(c)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
c[0:1] = [100, 101]
print(c, c[::-1], c[1::2])
c *= 2
print(c)
m = memoryview(b"abcdef")
print(m[1], m[1:3].tobytes(), bytes(m[::2]), len(m), m.tolist()[:3], m.readonly, m.nbytes, m.format, m.itemsize)
mb = memoryview(bytearray(b"xyz"))
mb[0] = 65
print(mb.obj, mb.tobytes(), mb.hex(), mb[::-1].tobytes())
with memoryview(b"ab") as mm:
    print(mm.tobytes())
try:
    mm.tobytes()
except ValueError as e:
    print("ValueError", e)
try:
    memoryview(b"x")[0] = 1
except TypeError as e:
    print("TypeError", e)
