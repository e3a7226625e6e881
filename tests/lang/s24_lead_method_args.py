# x.m(a, b) with a Python method: the argument loads (locals or constants) and
# the call run with the method lookup; every receiver kind and failure.
import traceback


class Base:
    def __init__(self, v):
        self.v = v

    def none(self):
        return self.v

    def one(self, a):
        return (self.v, a)

    def two(self, a, b):
        return (self.v, a, b)

    def fails(self, a):
        raise ValueError("fails %r" % (a,))

    @staticmethod
    def stat(a, b=5):
        return ("static", a, b)

    @classmethod
    def cls(cls, a):
        return (cls.__name__, a)


class Child(Base):
    def one(self, a):
        return ("child",) + super().one(a)


class Dyn:
    def __getattr__(self, name):
        return lambda *a: (name,) + a


def calls(o, x, y):
    out = [o.none(), o.one(x), o.two(x, y), o.one(1), o.two("k", None), o.two(x, 2)]
    out.append(o.stat(x))
    out.append(o.stat(x, y))
    out.append(o.cls(y))
    out.append(o.one(x + 1) if isinstance(x, int) else o.one(x * 2))
    out.append(o.two(a=x, b=y))
    out.append(o.two(x, b=y))
    return out


print(calls(Base(1), 2, 3))
print(calls(Child("é"), "s", [4]))
b = Base(0)
b.one = lambda a: ("instance attr", a)
print(b.one(9), b.two(1, 2))
d = Dyn()
print(d.anything(1), d.other(1, 2), d.none())


def unbound(o):
    if False:
        z = 1
    return o.one(z)


def wrong_count(o, x):
    return o.one(x, x)


def raising(o, x):
    return o.fails(x)


def missing(o, x):
    return o.nothing(x)


for fn, args in [(unbound, (Base(1),)), (wrong_count, (Base(1), 2)),
                 (raising, (Child(1), "q")), (missing, (Base(1), 1))]:
    try:
        fn(*args)
    except Exception as e:
        print(type(e).__name__, e)
        print([t.line for t in traceback.extract_tb(e.__traceback__)][1:])


def deep(o, n):
    return o.rec(n)


class Rec:
    def rec(self, n):
        return self.rec(n)


try:
    Rec().rec(1)
except RecursionError as e:
    print("RecursionError", e)


def outer(o, x):
    return o.fails(x)


outer(Base(1), "top")
