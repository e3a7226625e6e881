# A bytearray shown by a memoryview cannot change size (BufferError) until every view
# over it is released or dropped; operations that keep the size still work.


def t(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


b = bytearray(b"abc")
m = memoryview(b)
t("append", lambda: b.append(1))
t("extend empty", lambda: b.extend(b""))
t("extend", lambda: b.extend(b"x"))
t("pop", lambda: b.pop())
t("pop empty", lambda: bytearray().pop())
t("insert", lambda: b.insert(0, 1))
t("remove", lambda: b.remove(97))
t("remove missing", lambda: b.remove(1))
t("clear", lambda: b.clear())
t("reverse", lambda: b.reverse())
t("same-size slice", lambda: b.__setitem__(slice(0, 1), b"z"))
t("growing slice", lambda: b.__setitem__(slice(0, 1), b"zz"))
t("empty del", lambda: b.__delitem__(slice(0, 0)))
t("del item", lambda: b.__delitem__(0))
t("+= empty", lambda: b.__iadd__(b""))
t("+=", lambda: b.__iadd__(b"q"))
t("*= 1", lambda: b.__imul__(1))
t("*= 2", lambda: b.__imul__(2))
t("__init__", lambda: b.__init__(b"xyz"))
print(b, m.tobytes())


def stmt(src):
    try:
        exec(src, {"b": b})
        print(src, "-> ok")
    except BufferError as e:
        print(src, "->", e)


for src in ["b += b'x'", "b *= 3", "del b[0]", "b[0:1] = b''", "b[::2] = b'mn'"]:
    stmt(src)
print(b)

m2 = m[1:]
m.release()
t("after release, slice alive", lambda: b.append(1))
del m2
t("after slice dropped", lambda: b.append(1))
with memoryview(b) as m3:
    t("inside with", lambda: b.append(2))
t("after with", lambda: b.append(3))
m4 = memoryview(b)
del m4
t("after del", lambda: b.append(4))
c = memoryview(b).cast("B")
t("cast view alive", lambda: b.append(5))
del c
print(b)
# bytes are immutable anyway; views over them export nothing to check.
mb = memoryview(b"xy")
print(bytes(mb), b"xy" + b"z")
