# Classes called from Python code: __init__ variants, errors and their tracebacks.
import abc


class P:
    def __init__(self, x, y=2, z=3):
        self.t = (x, y, z)


print(P(1).t, P(1, 5).t, P(1, 5, 6).t)


class Base:
    def __init__(self, name):
        self.name = name


class Child(Base):
    def __init__(self, name, n):
        super().__init__(name.upper())
        self.n = n


c = Child("abc", 4)
print(c.name, c.n, type(c).__name__)


class Bad:
    def __init__(self):
        return 42


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __init__(self):
        yield 1


try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


class Raiser:
    def __init__(self, v):
        if v < 0:
            raise ValueError("bad value %d" % v)
        self.v = v


objs = []
for v in (1, -1, 2):
    try:
        objs.append(Raiser(v).v)
    except ValueError as e:
        objs.append(str(e))
print(objs)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b=0):
        self.a = a
        self.b = b


s = Slotted(7)
print(s.a, s.b)


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    def __init__(self, x):
        self.x = x


try:
    Abstract(1)
except TypeError as e:
    print("TypeError:", e)


class Concrete(Abstract):
    def f(self):
        return self.x * 2


print(Concrete(21).f())


class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(WithNew(5).a)


class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, q):
        self.q = q


print(M(9).q)


class L(list):
    def __init__(self, n):
        super().__init__(range(n))


print(L(4))


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


d = Deep(300)
depth = 0
while d is not None:
    depth += 1
    d = d.child
print("depth", depth)
try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
print(Bad())
