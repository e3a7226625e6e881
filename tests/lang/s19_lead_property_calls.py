# Properties read as `self.x` / `obj.x`: the getter's result, errors and tracebacks,
# __getattr__ fallback, defaults, non-function getters, classes changed at run time.
import sys
import traceback


class P:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v

    @property
    def twice(self):
        return self.v * 2

    @property
    def bad(self):
        return 1 / self._v

    @property
    def caller(self):
        return sys._getframe(1).f_code.co_name

    @property
    def gen(self):
        yield self._v

    @property
    def deep(self):
        return self.deep

    def defaulted(self, k=3):
        return self._v + k

    d = property(defaulted)
    lam = property(lambda self: ("lam", self._v))
    length = property(len)

    def use(self):
        return self.v, self.twice, self.caller, list(self.gen), self.d, self.lam


p = P(4)
for _ in range(3):
    print(p.use(), p.v, p.twice)

z = P(0)
try:
    z.bad
except ZeroDivisionError:
    traceback.print_exc()


def reader(o):
    return o.bad


try:
    reader(z)
except ZeroDivisionError as e:
    print("caught", e)
    traceback.print_exc()
try:
    p.deep
except RecursionError as e:
    print("RecursionError", str(e)[:40])
try:
    p.length
except TypeError as e:
    print(e)


class G:
    def __getattr__(self, name):
        return "getattr:" + name

    @property
    def x(self):
        raise AttributeError("no x")


def read_x(g):
    return g.x


print([read_x(G()) for _ in range(2)])

for i in range(4):
    if i == 2:
        P.v = property(lambda self: ("replaced", self._v))
    if i == 3:
        del P.v
        P.v = 99
    print(p.use()[0])


class Slotted:
    __slots__ = ("_a",)

    def __init__(self):
        self._a = 5

    @property
    def a(self):
        return self._a + 1

    def get(self):
        return self.a


s = Slotted()
print([s.get() for _ in range(3)])


class Base:
    @property
    def kind(self):
        return type(self).__name__


class Child(Base):
    def show(self):
        return self.kind


print([o.show() for o in [Child(), Child()]], Base().kind)
