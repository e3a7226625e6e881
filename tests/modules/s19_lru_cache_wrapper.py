# functools.lru_cache returns a functools._lru_cache_wrapper: cache_info, cache_clear,
# __wrapped__, cache_parameters, method binding, typed keys.
import functools
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(30))
print(type(fib))
print(fib.cache_info())
print(repr(fib.cache_info()))
ci = fib.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci._fields)
print(fib.__wrapped__(5), fib.__name__, fib.__qualname__, fib.__doc__)
fib.cache_clear()
print(fib.cache_info())
@functools.lru_cache
def sq(x):
    "square"
    return x*x
print(sq(3), sq(3), sq(4), sq.cache_info(), sq.__doc__)
print(sq.cache_parameters())
@functools.lru_cache(maxsize=2)
def g(x):
    print("compute", x); return x
g(1); g(2); g(1); g(3); g(2)
print(g.cache_info())
@functools.cache
def h(a, b=2, *, c=3): return a+b+c
print(h(1), h(1, 2), h(1, b=2), h(a=1), h.cache_info())
print(type(h).__name__, type(h).__module__)
@functools.lru_cache(typed=True)
def ty(x): return type(x).__name__
print(ty(1), ty(1.0), ty.cache_info())
try:
    h([1])
except TypeError as e:
    print("TypeError", e)
class C:
    @functools.lru_cache
    def m(self, x): return x * 2
    def __hash__(self): return 1
c = C()
print(c.m(3), c.m(3), C.m.cache_info())
print(functools.lru_cache(maxsize=-1)(lambda: 1).cache_info())
try:
    functools.lru_cache(maxsize="a")
except TypeError as e:
    print("TypeError", e)
print(isinstance(fib, functools._lru_cache_wrapper))
import pickle, copy
print(callable(fib))
print(functools.cache(len)("abc"))
@functools.lru_cache
def f(x: int) -> int:
    return x
print(sorted(f.__dict__))
print(f.__annotations__, f.__module__)
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(f.__reduce__())
class C:
    @functools.cache
    def m(self): return 1
    @staticmethod
    @functools.cache
    def s(x): return x
    @classmethod
    @functools.cache
    def c(cls): return cls.__name__
print(C().m(), C.s(2), C.c(), type(C.__dict__['m']).__name__)
print(type(C().m).__name__)
try:
    functools._lru_cache_wrapper(1, 1, False, None)
except TypeError as e: print(e)
w = functools._lru_cache_wrapper(len, 2, False, None)
print(w("ab"), type(w).__name__)
