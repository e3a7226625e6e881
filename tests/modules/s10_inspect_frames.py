"""inspect: generator state/locals, getclosurevars, get_annotations, getargvalues, getclasstree, getinnerframes; frame.f_locals of function frames."""
import inspect, sys, functools
def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total
g = counter(3)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
next(g); print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
def watcher():
    yield inspect.getgeneratorstate(w)
w = watcher(); print(next(w))
list(g); print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
try: inspect.getgeneratorlocals(5)
except TypeError as e: print(e)
BASE = 10
def make(k):
    def f(x): return x * k + BASE + len(str(x)) + missing_thing.attr
    return f
cv = inspect.getclosurevars(make(3)); print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound))
class C:
    a: int
    b: "str" = "x"
    def m(self, x: "C") -> "int": return 1
print(inspect.get_annotations(C), inspect.get_annotations(C, eval_str=True), inspect.get_annotations(C.m, eval_str=True))
print(inspect.get_annotations(sys.modules[__name__]), inspect.get_annotations(len))
try: inspect.get_annotations(3)
except TypeError as e: print(e)
class D(C): pass
print(inspect.get_annotations(D))
def f(a, b=2, *rest, key=None, **kw):
    info = inspect.getargvalues(inspect.currentframe())
    print(info.args, info.varargs, info.keywords, sorted(info.locals))
    print(inspect.formatargvalues(info.args, info.varargs, info.keywords, info.locals))
    return inspect.getlineno(inspect.currentframe())
print(f(1, 3, 4, key="k", z=1))
def caller_locals():
    return {k: v for k, v in sys._getframe(1).f_locals.items() if not k.startswith("_")}
def user():
    x = 1; y = [2]
    return caller_locals()
print(user())
class A: pass
class B(A): pass
class E(A): pass
class F(B, E): pass
import pprint
pprint.pprint(inspect.getclasstree([A, B, E, F]))
pprint.pprint(inspect.getclasstree([F, B], unique=True))
def boom(): return 1 / 0
try: boom()
except ZeroDivisionError as e:
    fr = inspect.getinnerframes(e.__traceback__)
    print([(x.function, x.lineno, x.code_context) for x in fr])
print(inspect.GEN_CLOSED, inspect.CORO_SUSPENDED)
