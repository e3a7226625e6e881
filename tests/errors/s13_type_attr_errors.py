# Setting and deleting the attributes every class has, item deletion wording,
# and the checks on object.__setattr__, __class__, __slots__, globals() and eval/exec.
import sys


def run(src, ns=None):
    try:
        exec(src, ns if ns is not None else {"A": A, "sys": sys})
        print(f"{src!r}: ok")
    except Exception as e:
        print(f"{src!r}: {type(e).__name__}: {e}")


class A:
    pass


for src in [
    "A.__bases__ = 1",
    "A.__bases__ = ()",
    "A.__bases__ = (1,)",
    "A.__bases__ = (object,)",
    "A.__mro__ = ()",
    "A.__dict__ = {}",
    "del A.__name__",
    "del A.__qualname__",
    "del A.__bases__",
    "del A.__doc__",
    "del A.__module__",
    "del A.__mro__",
    "del A.__dict__",
    "del A.nothing",
    "del sys.nothing",
    "A().__class__ = int",
    "(1).__class__ = A",
    "A().__class__ = 5",
    "object.__setattr__(A, 'x', 1)",
    "object.__delattr__(A, 'x')",
    "A.mro(1)",
    "A.__subclasses__(1)",
    "int.mro(1)",
    "globals(1)",
    "locals(1, 2)",
    "eval('1', 5)",
    "eval('1', [])",
    "eval('1', {}, 5)",
    "exec('x', [])",
    "exec('x', {}, 5)",
    "type('X', (int,), {'__slots__': ('a',)})",
    "type('X', (tuple,), {'__slots__': ('a', 'b')})",
    "type('X', (bytes,), {'__slots__': '__dict__'})",
    "type('X', (int,), {'__slots__': ()})",
    "type('M', (type,), {'__slots__': ['x']})",
]:
    run(src)
print(A.__bases__, A.__mro__)

# "doesn't" (sequence protocol, integer key) against "does not".
for src in [
    "del (5)[0]",
    "x = 'a'; del x[0]",
    "x = 'a'; del x['k']",
    "x = 'a'; del x[0:1]",
    "x = (1,); del x[True]",
    "x = range(3); del x[0]",
    "x = frozenset(); del x[0]",
    "x = A(); del x[0]",
    "x = A(); del x['k']",
    "x = object(); del x[0]",
    "x = None; del x[0]",
    "x = 1.5; del x[0]",
]:
    run(src, {"A": A})


class M(type):
    def __setattr__(cls, name, value):
        print("M.__setattr__", name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("M.__delattr__", name)
        super().__delattr__(name)


class B(metaclass=M):
    pass


B.x = 1
print(B.x)
del B.x
print(hasattr(B, "x"))
type.__setattr__(B, "y", 2)
print(B.y)
