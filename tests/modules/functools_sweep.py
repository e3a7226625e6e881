import functools as ft
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering, singledispatch, cached_property
print(reduce(lambda a,b: a+b, [1,2,3]), reduce(lambda a,b: a*b, [], 1))
try: reduce(lambda a,b: a, [])
except TypeError as e: print(e)
try: reduce(1)
except TypeError as e: print(e)
p = partial(int, base=2)
print(p('101'), p.func, p.args, p.keywords)
print(repr(partial(max, 1, key=abs)).replace(hex(id(max)), ''))
p2 = partial(p, '11'); print(p2(), p2.args)
try: partial()
except TypeError as e: print(e)
try: partial(1)
except TypeError as e: print(e)
@lru_cache(maxsize=2)
def sq(x):
    return x*x
for i in [1,2,1,3,1]: sq(i)
print(sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
print(sq.__wrapped__.__name__, sq.cache_parameters())
@lru_cache
def fib(n): return n if n < 2 else fib(n-1)+fib(n-2)
print(fib(50), fib.cache_info())
@cache
def f(x): return x
f(1); f(1); print(f.cache_info())
try:
    lru_cache(maxsize='x')
except TypeError as e: print(e)
try:
    sq([1])
except TypeError as e: print(e)
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
def deco(fn):
    @wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def hello(x: int) -> str:
    "doc here"
    return str(x)
print(hello.__name__, hello.__doc__, hello.__annotations__, hello.__wrapped__.__name__, hello.__qualname__)
print(sorted([3,1,2], key=cmp_to_key(lambda a,b: b-a)))
@total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
try:
    @total_ordering
    class N: pass
except ValueError as e: print(e)
@singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([1]), show('s'), show(True), show.dispatch(bool).__name__)
print(sorted(k.__name__ for k in show.registry))
class C:
    @cached_property
    def val(self):
        print('computing'); return 42
c = C(); print(c.val, c.val, c.__dict__)
print(ft.partialmethod)
class D:
    def m(self, a, b): return a, b
    pm = ft.partialmethod(m, 1)
print(D().pm(2))
print(ft.reduce(lambda a, b: a + b, 'abc', ''))
print(ft.WRAPPER_ASSIGNMENTS, ft.WRAPPER_UPDATES)
def g(): pass
w = ft.update_wrapper(lambda: 1, g); print(w.__name__)
