import sys
# exceptions: odd shapes at runtime
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise E(1, 2)
except E as e:
    print(repr(e), str(e), e.args, e.b)
class NoArgs(Exception):
    def __init__(self): pass
print(repr(NoArgs()), str(NoArgs()), NoArgs().args)
print(repr(Exception()), repr(Exception(1, "a")), str(Exception(1, "a")), str(KeyError("k")), str(KeyError()), repr(KeyError("a", "b")))
print(str(OSError(2, "No such file")), repr(OSError(2, "x", "f.txt")), OSError(2, "x").errno, str(FileNotFoundError(2, "nf", "p")), type(OSError(2, "x")).__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")), repr(StopIteration(5).value), SystemExit(3).code, str(SyntaxError("m", ("f", 1, 2, "t", 1, 3))))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args, e.__traceback__ is not None)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    try:
        raise KeyError("inner")
    finally:
        print("finally runs")
except KeyError as e:
    print("caught", e, e.__context__)
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("gen exit")
        raise
g = gen(); next(g); del g
import gc; gc.collect()
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
print(err, type(err).__mro__)
x = 5
try:
    del x
    print(x)
except NameError as e:
    print(e)
def f():
    y += 1
try:
    f()
except UnboundLocalError as e:
    print(e)
try:
    assert 1 == 2, ("tuple", "msg")
except AssertionError as e:
    print(e, e.args)
try:
    {}.__getitem__([])
except TypeError as e:
    print(e)
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print(e)
try:
    (1).real = 2
except AttributeError as e:
    print(e)
try:
    "".join(5)
except TypeError as e:
    print(e)
try:
    import nonexistent.sub
except ModuleNotFoundError as e:
    print(str(e).split(" (")[0], e.name)
try:
    from os import nonexistent_thing
except ImportError as e:
    print(str(e).split(" (")[0], e.name)
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
m, rest = eg.split(ValueError)
print(m, rest, m.exceptions, repr(rest), eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    try:
        raise ExceptionGroup("eg", [ValueError("a"), KeyError("b")])
    except* ValueError as eg:
        print("handled", eg.exceptions)
except* KeyError as eg:
    print("outer", eg.exceptions)
print(sys.exc_info())
def raiser():
    raise RuntimeError("from func")
try:
    raiser()
except RuntimeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit args", [type(x).__name__ for x in a])
        return True
with CM():
    raise ValueError("swallowed")
print("after with")
print(isinstance(KeyError(), LookupError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError), BaseException.__subclasses__()[:4])
