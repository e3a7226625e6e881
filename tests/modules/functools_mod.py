import functools
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(lambda a, b: a + b, [], 0), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
p = functools.partial(int, base=2)
print(p("101"), p.func is int, p.args, p.keywords)
p2 = functools.partial(pow, 2)
print(p2(10), functools.partial(p2, 3)(), repr(functools.partial(max, 1))[:20])
calls = []
@functools.lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)
@functools.lru_cache
def plain(x): return x
print(plain(1), plain.cache_info().maxsize)
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def documented():
    "my doc"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) > V(0), V(1) >= V(1), V(1) <= V(0))
@functools.singledispatch
def show(x): return "object " + repr(x)
@show.register
def _(x: int): return "int " + str(x)
@show.register(list)
def _(x): return "list of " + str(len(x))
print(show(1), show([1, 2]), show("s"), show(True))
class C:
    def __init__(self): self.n = 0
    @functools.cached_property
    def expensive(self):
        self.n += 1
        return self.n * 100
c = C()
print(c.expensive, c.expensive, c.n, "expensive" in c.__dict__)
print(functools.partial(lambda a, b, c: (a, b, c), 1, c=3)(2))
class M:
    @functools.partialmethod
    def dummy(self): pass
    def add(self, a, b): return a + b
    add5 = functools.partialmethod(add, 5)
print(M().add5(1))
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
