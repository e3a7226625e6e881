# Attributes CPython keeps as member/getset descriptors on built-in classes: present on
# the class, and unchanged on instances (get, set, delete).
import types
c = 1+2j; print(c.real, c.imag)
for op in ("c.real = 1", "del c.imag"):
    try: exec(op)
    except Exception as e: print(type(e).__name__, e)
r = range(1, 10, 2); print(r.start, r.stop, r.step)
try: r.start = 3
except Exception as e: print(type(e).__name__, e)
s = slice(1, 2); print(s.start, s.stop, s.step)
e = Exception(1, 2); print(e.args, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.args = (3,); print(e.args)
try: del e.args
except Exception as x: print(type(x).__name__, x)
e.__cause__ = ValueError(); print(e.__suppress_context__, repr(e.__cause__))
try: e.__cause__ = 5
except Exception as x: print(type(x).__name__, x)
try: del e.__traceback__
except Exception as x: print(type(x).__name__, x)
print(StopIteration(5).value, StopIteration().value)
class S(StopIteration):
    def __init__(self): pass
print(S().value)
o = OSError(2, 'nf', 'f.txt'); print(o.errno, o.strerror, o.filename, o.filename2, type(o).__name__)
o.errno = 7; print(o.errno)
print(OSError('x').errno, OSError.__new__(OSError).errno)
class E(OSError):
    def __init__(self): pass
print(E().errno, E().strerror)
def f(a=1, *, b=2): return a
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_name, f.__globals__ is globals(), f.__closure__, f.__name__)
f.__defaults__ = (5,); print(f())
del f.__defaults__; print(f.__defaults__)
try: f.__globals__ = {}
except Exception as x: print(type(x).__name__, x)
try: f.__code__ = 1
except Exception as x: print(type(x).__name__, x)
def g(): yield 1
gi = g(); print(gi.gi_code.co_name, gi.gi_running, type(gi.gi_frame).__name__, gi.__name__)
try: gi.gi_running = True
except Exception as x: print(type(x).__name__, x)
print(type.__dict__['__name__'], type.__dict__['__mro__'])
print(Exception.__dict__ if False else '', BaseException.__dict__['args'], complex.real, range.start, slice.stop)
print(type(Exception.args).__name__, type(complex.__dict__['real']).__name__)
print(BaseException.args.__get__(e), complex.real.__get__(3j), range.stop.__get__(range(4)))
BaseException.args.__set__(e, (9,)); print(e.args)
BaseException.__cause__.__set__(e, None); print(e.__cause__)
class C: pass
print(C.__name__, C.__qualname__, C.__mro__, C.__bases__, C.__base__, C.__module__, type.__base__)
C.__name__ = 'D'; print(C.__name__)
print(int.__name__, type.__name__, type.__mro__)
print('args' in dir(Exception), dir(1j).count('real'), dir(Exception()).count('args'))
print(SyntaxError('m').msg, SyntaxError().lineno, ImportError().name, SystemExit().code, SystemExit(3).code)
try:
    raise KeyError('k')
except KeyError as x:
    print(x.args, type(x.__traceback__).__name__)
print(hasattr(Exception, 'args'), hasattr(KeyError, '__traceback__'), hasattr(OSError, 'errno'))
print(BaseException.__suppress_context__, StopIteration.value)
print(types.FunctionType.__code__, types.FunctionType.__globals__)
