# __context__ for errors raised by operations inside handlers, and for generator.throw
def ctx(f):
    try:
        f()
    except Exception as e:
        c = e.__context__
        print(type(e).__name__, "<-", type(c).__name__ if c else None)

def subscript_in_handler():
    try:
        raise RuntimeError("first")
    except RuntimeError:
        None["c"]

def call_in_handler():
    def inner():
        return int("x")
    try:
        {}["k"]
    except KeyError:
        inner()

def raise_in_callee():
    def inner():
        raise ValueError
    try:
        1 / 0
    except ZeroDivisionError:
        inner()

def handled_then_op():
    try:
        raise KeyError
    except KeyError:
        pass
    [][0]

def in_finally():
    try:
        raise OSError
    finally:
        len(5)

for f in (subscript_in_handler, call_in_handler, raise_in_callee, handled_then_op, in_finally):
    ctx(f)

def g():
    try:
        raise KeyError
    except KeyError:
        yield 1
try:
    raise IndexError
except IndexError:
    gen = g()
    try:
        gen.throw(TypeError)
    except TypeError as e:
        print(repr(e.__context__))
def h():
    yield 1
try:
    raise IndexError
except IndexError:
    gen = h(); next(gen)
    try:
        gen.throw(TypeError)
    except TypeError as e:
        print(repr(e.__context__))

class A:
    def __getattribute__(self, name):
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "default " + name
    def f(self):
        s = super()
        return s.__thisclass__.__name__, s.__self__ is self, s.__self_class__.__name__
a = A()
a.y = 2
print(a.y, a.zz, a.f())
try:
    super(A, a).nope
except AttributeError as e:
    print(e)
sm = staticmethod(lambda x: x * 2)
print(sm(21), callable(sm))
