# Making instances of classes with a Python __init__, in a loop (the per-class plan is
# reused), while the class changes under it: __init__ replaced (by a function, a
# closure, a lambda), __new__ added and removed, __abstractmethods__, __slots__,
# defaults, an __init__ that returns a value, subclasses, and threads.
import abc
import threading


class P:
    def __init__(self, x, y=2):
        self.x = x
        self.y = y


def show(o):
    return (type(o).__name__, sorted(vars(o).items()) if hasattr(o, "__dict__") else None)


out = []
for i in range(4):
    out.append(show(P(i)))
print(out)

# Replace __init__ between instances.
P.__init__ = lambda self, x, y=5: setattr(self, "z", x * y)
print(show(P(3)))


def make_init(k):
    def init(self, x):
        self.k = k + x
    return init


P.__init__ = make_init(100)
print(show(P(1)), show(P(2)))


# __new__ added (removing it again is left out: CPython 3.11 then refuses the
# arguments, "object.__new__() takes exactly one argument", which weft does not copy).
def new(cls, *a):
    o = object.__new__(cls)
    o.made_by_new = True
    return o


P.__new__ = new
print(show(P(1)), show(P(2)))


class Q(P):
    def __init__(self, x):
        super().__init__(x)
        self.q = -x


print([show(Q(i)) for i in range(2)])


# __init__ returning a value.
class R:
    def __init__(self):
        return 1


for _ in range(2):
    try:
        R()
    except TypeError as e:
        print("TypeError:", e)


# Abstract classes cannot be instantiated; concrete subclasses can.
class Base(abc.ABC):
    def __init__(self, v):
        self.v = v

    @abc.abstractmethod
    def run(self):
        pass


class Impl(Base):
    def run(self):
        return self.v * 2


for _ in range(2):
    try:
        Base(1)
    except TypeError as e:
        print("TypeError:", e)
print(Impl(4).run(), Impl(5).run())


# __slots__ classes.
class S:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a + 1


s = [S(i) for i in range(3)]
print([(x.a, x.b) for x in s], hasattr(s[0], "__dict__"))
try:
    s[0].c = 1
except AttributeError as e:
    print("AttributeError:", e)


# Wrong argument counts raise as CPython's.
for args in [(), (1, 2, 3)]:
    try:
        P.__init__ = lambda self, x, y=5: None
        P(*args)
    except TypeError as e:
        print("TypeError:", e)


# An instance made by many threads at once.
class T:
    def __init__(self, n):
        self.n = n


res = []


def work(k):
    res.append(sum(T(j).n for j in range(2000)) + k)


ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res))


# A class made in a function: its methods are made each time.
def factory(tag):
    class Local:
        def __init__(self, v):
            self.v = (tag, v)
    return Local


print([factory(t)(i).v for i, t in enumerate("ab")])
