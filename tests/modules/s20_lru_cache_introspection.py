# A native lru_cache wrapper under introspection: inspect.signature/unwrap, pickle and
# copy by name, weak references, vars(), functools.wraps.
import functools, inspect, pickle, copy, weakref
@functools.lru_cache(maxsize=32)
def f(a, b=2, *, c=3):
    "doc"
    return a
print(inspect.signature(f), inspect.isfunction(f), inspect.isroutine(f), inspect.unwrap(f) is f.__wrapped__, callable(f))
print(pickle.loads(pickle.dumps(f)) is f, copy.deepcopy([f])[0] is f)
r = weakref.ref(f); print(r() is f)
class C:
    @functools.lru_cache
    def m(self, x): return x
    @functools.cached_property
    def cp(self): return 5
print(inspect.signature(C.m), inspect.signature(C().m), C().cp)
print(functools.wraps(f)(lambda: 0).__wrapped__ is f)
print(f.__class__.__name__, hasattr(f, '__code__'), getattr(f, '__defaults__', 'none'))
f.__dict__['q'] = 1; print(f.q)
print(vars(f).keys())
