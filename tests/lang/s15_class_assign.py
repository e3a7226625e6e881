# obj.__class__ = Other: checks, error messages, and every lookup afterwards
# (methods, isinstance, type(), repr, attribute caches of the same sites).
import sys
import types


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Dog(Animal):
    sound = "woof"

    def speak(self):
        return super().speak() + "!"


class Cat(Animal):
    sound = "meow"

    @property
    def legs(self):
        return 4


a = Dog("rex")
print(a.speak(), repr(a), type(a).__name__, isinstance(a, Dog))
a.__class__ = Cat
print(a.speak(), repr(a), type(a).__name__, isinstance(a, Dog), isinstance(a, Cat))
print(a.legs, a.__class__ is Cat, type(a) is Cat, a.name)
print(issubclass(type(a), Animal), Cat.__instancecheck__(a))

# The same attribute and method sites, before and after the change, in a loop:
# a plan cached for the old class must never run for the object after the change.
class P:
    kind = "P"

    def who(self):
        return "P.who"


class Q:
    kind = "Q"

    def who(self):
        return "Q.who"

    @property
    def extra(self):
        return "Q.extra"


def site(o):
    return o.who(), o.kind, getattr(o, "extra", "-")


objs = [P() for _ in range(3)]
log = []
for i in range(12):
    o = objs[i % 3]
    log.append("".join(x[0] for x in site(o)))
    if i % 4 == 3:
        o.__class__ = Q if type(o) is P else P
print(" ".join(log))

# One object whose class flips on every pass through the same sites: a stored
# attribute that the new class turns into a property, and a method.
class D1:
    def __init__(self):
        self.val = "dict"

    def m(self):
        return "D1"


class D2:
    @property
    def val(self):
        return "prop"

    def m(self):
        return "D2"


o = D1()
out = []
for i in range(16):
    out.append(o.val[0] + o.m()[1])
    o.__class__ = D2 if i % 3 == 0 else D1
print(" ".join(out))

# Threads calling methods while another thread flips the class.
import threading

flip = D1()
seen = set()
stop = threading.Event()


def caller():
    for _ in range(2000):
        seen.add((flip.m(), flip.val))


def flipper():
    while not stop.is_set():
        flip.__class__ = D2 if type(flip) is D1 else D1


workers = [threading.Thread(target=caller) for _ in range(3)]
f = threading.Thread(target=flipper)
f.start()
for w in workers:
    w.start()
for w in workers:
    w.join(timeout=30)
stop.set()
f.join(timeout=30)
print(seen <= {("D1", "dict"), ("D2", "prop"), ("D1", "prop"), ("D2", "dict")})

# Instance attributes stay; class attributes come from the new class.
class R:
    def __init__(self):
        self.x = 1

    def get(self):
        return self.x


class S:
    def get(self):
        return self.x * 100


r = R()
for i in range(6):
    print(r.get(), end=" ")
    r.__class__ = S if i % 2 == 0 else R
print()

# __slots__ classes with the same slots can swap; the slot values stay.
class Slot1:
    __slots__ = ("a", "b")

    def total(self):
        return self.a + self.b


class Slot2:
    __slots__ = ("b", "a")

    def total(self):
        return self.a * self.b


s = Slot1()
s.a, s.b = 3, 4
print(s.total())
s.__class__ = Slot2
print(s.total(), s.a, s.b, type(s).__name__)


# Subclasses of built-in types.
class MyList(list):
    def first(self):
        return self[0]


class OtherList(list):
    def first(self):
        return "other"


ml = MyList([5, 6])
print(ml.first(), end=" ")
ml.__class__ = OtherList
print(ml.first(), ml, len(ml), isinstance(ml, OtherList))


class E1(Exception):
    pass


class E2(Exception):
    pass


e = E1("boom")
e.__class__ = E2
try:
    raise e
except E2 as caught:
    print("caught", type(caught).__name__, caught.args)

# Module subclasses (the lazy-module idiom), with a property on the module.
class Mod(types.ModuleType):
    @property
    def answer(self):
        return 42

    def __getattr__(self, name):
        return f"lazy {name}"


m = types.ModuleType("m")
m.x = 1
print(m.x)
m.__class__ = Mod
print(m.x, m.answer, m.missing, type(m).__name__)
this = sys.modules[__name__]
this.__class__ = Mod
print(this.answer, this.nothing_here)
this.__class__ = types.ModuleType

# Metaclasses of classes (both defined in Python).
class Meta1(type):
    def hello(cls):
        return "meta1 " + cls.__name__


class Meta2(type):
    def hello(cls):
        return "meta2 " + cls.__name__


class K(metaclass=Meta1):
    pass


print(K.hello(), end=" ")
K.__class__ = Meta2
print(K.hello(), type(K).__name__)

# __del__ of the new class runs.
class Plain:
    pass


class WithDel:
    def __del__(self):
        print("WithDel.__del__")


p = Plain()
p.__class__ = WithDel
del p

# Errors.
class A:
    pass


class B:
    pass


class Sl:
    __slots__ = ("x",)


class Sl2:
    __slots__ = ("y",)


def attempt(obj, value):
    try:
        obj.__class__ = value
        print("ok", type(obj).__name__)
    except TypeError as exc:
        print("TypeError:", exc)


attempt(A(), 1)
attempt(A(), None)
attempt(A(), int)
attempt(1, A)
attempt([], A)
attempt(A(), Sl)
attempt(Sl(), Sl2)
attempt(Sl(), A)
attempt(A(), B)
attempt(MyList(), A)
attempt(MyList(), list)
attempt(E1(), ValueError)
attempt(types.ModuleType("n"), A)
attempt(object(), A)
attempt(K, type)
attempt(A(), A)
try:
    del A().__class__
except TypeError as exc:
    print("TypeError:", exc)
try:
    setattr(A(), "__class__", "A")
except TypeError as exc:
    print("TypeError:", exc)
x = A()
object.__setattr__(x, "__class__", B)
print(type(x).__name__)
