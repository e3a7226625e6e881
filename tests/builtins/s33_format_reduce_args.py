# __format__ with a format spec that is not a str, and __reduce_ex__'s protocol
# argument (a C int); bytearray's __reduce__/__reduce_ex__ for each protocol.
import copy
import pickle


class C:
    pass


def show(label, f):
    try:
        r = repr(f())
        if " at 0x" in r:
            r = r[: r.index(" at 0x")] + ">"
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)


for o in [1, 1.5, 2j, "a", b"a", [1], (1,), {1: 2}, None, True, range(2), object(), C()]:
    tn = type(o).__name__
    for arg in [5, None, b"x", 1.5, ""]:
        show(f"{tn}.__format__({arg!r})", lambda: o.__format__(arg))
    show(f"{tn}.__format__()", lambda: o.__format__())

for o in [1, "a", [1], 1.5, C()]:
    tn = type(o).__name__
    for arg in [None, 1.5, 2**70, -2**70, "2"]:
        show(f"{tn}.__reduce_ex__({arg!r})", lambda: o.__reduce_ex__(arg))
    show(f"{tn}.__reduce_ex__()", lambda: o.__reduce_ex__())

b = bytearray(b"ab\xff")
for p in [-1, 0, 1, 2, 3, 4, 5]:
    show(f"bytearray.__reduce_ex__({p})", lambda: b.__reduce_ex__(p))
show("bytearray.__reduce_ex__()", lambda: b.__reduce_ex__())
show("bytearray.__reduce__()", lambda: b.__reduce__())
show("bytearray.__reduce_ex__(1, 2)", lambda: b.__reduce_ex__(1, 2))
show("bytearray.__reduce_ex__('a')", lambda: b.__reduce_ex__("a"))
show("bytearray.__reduce_ex__(2**70)", lambda: b.__reduce_ex__(2**70))
for p in range(pickle.HIGHEST_PROTOCOL + 1):
    print(p, pickle.loads(pickle.dumps(b, p)))


class BA(bytearray):
    pass


x = BA(b"q")
x.attr = 5
y = copy.copy(x)
print(type(y).__name__, y, y.attr)
z = pickle.loads(pickle.dumps(x))
print(type(z).__name__, z, z.attr)
print(BA(b"zz").__reduce_ex__(4)[1:])
class A: pass
a = A(); print(a.__getstate__()); a.x = 1; print(a.__getstate__())
class BA(bytearray): pass
b = BA(b"x"); print(b.__getstate__()); b.y = 2; print(b.__getstate__())
print(bytearray(b"x").__getstate__())
class BS(bytearray):
    __slots__ = ("s",)
c = BS(b"x"); print(c.__getstate__()); c.s = 1; print(c.__getstate__())
print(c.__reduce_ex__(4))
class G(bytearray):
    def __getstate__(self): return "custom"
print(G(b"z").__reduce_ex__(2))
