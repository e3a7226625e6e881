# Attribute loads on modules and instances through per-instruction inline caches: the
# results must follow every rebinding, deletion and shadowing of the attribute.
import math
import sys
import types


def read_pi():
    return math.pi


print(read_pi())
saved = math.pi
math.pi = 3
print(read_pi())
del math.pi
try:
    read_pi()
except AttributeError as e:
    print("AttributeError:", e)
math.pi = saved
print(read_pi())

mods = [math, sys, types]
for _ in range(3):
    print([m.__name__ for m in mods])

m = types.ModuleType("dyn")
m.f = lambda: "f1"


def call_f(mod):
    return mod.f()


print(call_f(m))
m.f = lambda: "f2"
print(call_f(m))
print(type(m.__dict__).__name__, m.__class__.__name__)


def dictname(mod):
    return type(mod.__dict__).__name__, mod.__class__


m.__dict__["__class__"] = "shadow?"
print(dictname(m))


def lazy(name):
    if name == "answer":
        return 42
    raise AttributeError(f"module 'dyn' has no attribute {name!r}")


m.__getattr__ = lazy


def get_answer(mod):
    return mod.answer


print(get_answer(m), get_answer(m))
m.answer = 7
print(get_answer(m))
del m.answer
print(get_answer(m))
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)


class Sub(types.ModuleType):
    def __getattribute__(self, name):
        if name == "x":
            return "from __getattribute__"
        return super().__getattribute__(name)


s = Sub("sub")
s.x = 1
s.y = 2


def read_xy(mod):
    return mod.x, mod.y


print(read_xy(s), read_xy(s))


class A:
    kind = "A"

    def who(self):
        return "A.who"


class B(A):
    kind = "B"

    def who(self):
        return "B.who"


def describe(o):
    return o.kind, o.who()


objs = [A(), B(), A(), B()]
for _ in range(2):
    print([describe(o) for o in objs])
A.kind = "A2"
A.who = lambda self: "patched"
print([describe(o) for o in objs])
objs[0].kind = "own"
objs[0].who = lambda: "own who"
print([describe(o) for o in objs])
del A.who
try:
    describe(objs[2])
except AttributeError as e:
    print("AttributeError:", e)


class P:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 10


def getv(o):
    return o.v


p = P()
print(getv(p))
P.v = 5
print(getv(p))
p.v = 6
print(getv(p))


def setx(o, v):
    o.x = v


class S:
    __slots__ = ("x",)


class D:
    pass


for o in (S(), D(), S()):
    setx(o, 1)
    print(type(o).__name__, o.x)


# Instance dicts of different layouts at one attribute site (the site's entry-index hint
# is only a guess), with deletions, clears and re-insertions in between.
class Bag:
    pass


def make(order):
    b = Bag()
    for name in order:
        setattr(b, name, name.upper())
    return b


bags = [make("abc"), make("cba"), make("bca"), make("c"), make("")]


def read_c(o):
    try:
        return o.c
    except AttributeError as e:
        return "AttributeError: " + str(e)


for _ in range(2):
    print([read_c(b) for b in bags])
del bags[0].c
bags[1].__dict__.clear()
bags[2].c = "new"
del bags[2].b
print([read_c(b) for b in bags])
bags[0].c = "back"
print([read_c(b) for b in bags], [sorted(vars(b)) for b in bags])


def write_c(o, v):
    o.c = v


for i, b in enumerate(bags):
    write_c(b, i)
    write_c(b, i * 10)
print([read_c(b) for b in bags], [list(vars(b)) for b in bags])
