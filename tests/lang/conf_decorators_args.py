import functools
def repeat(times=2, *, sep=None):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            results = [fn(*a, **kw) for _ in range(times)]
            if sep is not None:
                print(sep)
            return results
        wrapper.calls = 0
        return wrapper
    return deco

@repeat(3, sep="---")
def hello(name, punct="!"):
    """Say hello."""
    return f"hello {name}{punct}"
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)

def memo(fn):
    cache = {}
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        else:
            inner.hits += 1
        return cache[args]
    inner.hits = 0
    return inner

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.hits)

def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco
REG = {}
@register(REG)
class Alpha: pass
@register(REG)
class Beta(Alpha): pass
print(sorted(REG), REG["beta"].__mro__[1].__name__)

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)

class Svc:
    @CountCalls
    def ping(self, x):
        return ("pong", x)
s = Svc()
print(s.ping(1), s.ping(2), Svc.ping.n, Svc.ping.__name__)
@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(100), ways.cache_info())
def trace(prefix):
    def deco(f):
        def w(*args, **kwargs):
            print(f"{prefix}{f.__name__}({', '.join([*map(repr, args), *(f'{k}={v!r}' for k, v in kwargs.items())])})")
            return f(*args, **kwargs)
        return w
    return deco
@trace(">> ")
@trace("> ")
def add(a, b=0, **extra):
    return a + b
print(add(1, b=2, z="q"))
@staticmethod
def sm(): return "sm"
print(sm())
