# functools.lru_cache edge cases: keys (kwargs order, typed, single int/str fast keys),
# unhashable arguments, recursion, exceptions not cached, cache_clear during use,
# LRU eviction order, maxsize forms, methods, attributes copied by update_wrapper.
import functools

calls = []

@functools.lru_cache(maxsize=None)
def kw(a, b=0, c=0):
    calls.append((a, b, c))
    return a + b + c

print(kw(1, b=2, c=3), kw(1, c=3, b=2), kw(1, b=2, c=3), kw(1, 2, 3))
print(kw.cache_info(), len(calls))   # keyword order makes distinct keys

@functools.lru_cache(maxsize=8, typed=True)
def typed(x):
    return type(x).__name__

print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())

@functools.lru_cache(maxsize=8)
def untyped(x):
    return type(x).__name__

print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())
print(untyped("a"), untyped("a"), untyped(2**80), untyped(2**80), untyped.cache_info())

class S(str):
    pass

print(untyped(S("a")), untyped.cache_info())

# unhashable arguments: CPython's message, for every cache kind; maxsize=0 never hashes
for size in (None, 4, 0):
    f = functools.lru_cache(maxsize=size)(lambda *a, **k: len(a) + len(k))
    for args, kwargs in (([1],), {}), ((1,), {"k": {}}), (({1},), {}):
        try:
            print(size, f(*args, **kwargs))
        except TypeError as e:
            print(size, "TypeError:", e)
    print(f.cache_info())

# exceptions are not cached
n = 0
@functools.lru_cache(maxsize=2)
def flaky(x):
    global n
    n += 1
    if n < 3:
        raise ValueError("try %d" % n)
    return x * 10

for _ in range(4):
    try:
        print(flaky(5))
    except ValueError as e:
        print("ValueError", e)
print(flaky.cache_info())

# recursion
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(200), fib.cache_info())

@functools.lru_cache(maxsize=3)
def fib3(n):
    return n if n < 2 else fib3(n - 1) + fib3(n - 2)

print(fib3(60), fib3.cache_info())

# LRU order: a hit refreshes the key; the oldest goes first
log = []
@functools.lru_cache(maxsize=3)
def sq(x):
    log.append(x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 1, 5, 3, 1]:
    sq(x)
print(log, sq.cache_info())

# cache_clear during use: inside the cached function
@functools.lru_cache(maxsize=4)
def clearing(x):
    if x == 3:
        clearing.cache_clear()
    return x

print([clearing(i) for i in range(6)], clearing.cache_info())
print(clearing(1), clearing(5), clearing.cache_info())

@functools.lru_cache(maxsize=None)
def clearing2(x):
    if x == 3:
        clearing2.cache_clear()
    return x

print([clearing2(i) for i in range(6)], clearing2.cache_info())

# maxsize forms
for m in (0, 1, -3, None, True, 128):
    f = functools.lru_cache(maxsize=m)(abs)
    f(-1); f(-1); f(-2); f(-1)
    print(m, f.cache_info(), f.cache_parameters())
for bad in ("3", 3.0, [1]):
    try:
        functools.lru_cache(maxsize=bad)
    except TypeError as e:
        print("TypeError", e)

# methods, classmethods, staticmethods; descriptors through the class
class Point:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return hash(self.x)
    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x
    @functools.lru_cache(maxsize=None)
    def double(self, k=2):
        return self.x * k

p, q = Point(3), Point(3)
print(p.double(), q.double(), p.double(k=3), Point.double(p), Point.double.cache_info())
print(Point.double is Point.__dict__["double"], type(p.double).__name__)
print(p.double.__self__ is p, p.double.__func__ is Point.__dict__["double"])
print(Point.double.__wrapped__(p, 5))

# attributes from update_wrapper; __dict__ is writable
@functools.lru_cache
def documented(a: int) -> str:
    """Docs here."""
    return str(a)

print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__annotations__, documented.__wrapped__.__name__)
documented.extra = 5
print(documented.extra, sorted(documented.__dict__))
print(type(documented), type(documented).__module__, type(documented).__name__)
print(repr(documented).startswith("<functools._lru_cache_wrapper object at "))
print(callable(documented), documented.__reduce__())

# the wrapper passes its arguments on untouched
@functools.lru_cache(maxsize=None)
def echo(*a, **k):
    return a, sorted(k.items())

print(echo(), echo(1, x=2), echo(1, x=2), echo.cache_info())
try:
    documented()
except TypeError as e:
    print("TypeError:", e)
try:
    documented(1, 2)
except TypeError as e:
    print("TypeError:", e)

# cache_info / cache_clear take no arguments
for meth in (documented.cache_info, documented.cache_clear):
    try:
        meth(1)
    except TypeError as e:
        print("TypeError:", e)

# the constructor
W = functools._lru_cache_wrapper
for a, k in [((len,), {}), ((len, 1, 2, 3, 4), {}), ((len, 1, False), {}),
             ((len, "x", False, None), {}), ((len, 2**70, False, None), {}),
             ((len,), {"maxsize": 1, "typed": 0, "cache_info_type": tuple})]:
    try:
        w = W(*a, **k)
        print("ok", w("abc"), w("abc"), w.cache_info())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    class Sub(W):
        pass
except TypeError as e:
    print("TypeError", e)
