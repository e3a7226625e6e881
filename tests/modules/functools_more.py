import functools
@functools.lru_cache(maxsize=None)
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0: return 1
    if n < 0 or not coins: return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100), ways.cache_info().currsize > 0)
@functools.lru_cache(maxsize=3, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t(True), t.cache_info())
def logged(f):
    @functools.wraps(f)
    def w(*a, **k):
        return f"{f.__name__}{a}{k} -> {f(*a, **k)}"
    return w
@logged
def mul(a, b=2): return a * b
print(mul(3), mul(3, b=4), mul.__name__, mul.__wrapped__(5))
p = functools.partial(sorted, key=len, reverse=True)
print(p(["a", "ccc", "bb"]), p.keywords)
pp = functools.partial(p, ["x", "yy"])
print(pp(), type(pp).__name__)
print(functools.reduce(lambda a, b: a | b, [{1}, {2}, {3, 1}]), functools.reduce(lambda s, c: c + s, "abc", ""))
class Cls:
    @functools.singledispatchmethod
    def handle(self, arg): return "default"
    @handle.register
    def _(self, arg: int): return "int"
    @handle.register
    def _(self, arg: str): return "str"
print(Cls().handle(1), Cls().handle("s"), Cls().handle(1.5))
@functools.singledispatch
def kind(x): return "other"
@kind.register(float)
@kind.register(int)
def _(x): return "number"
print(kind(1), kind(2.0), kind("s"), kind.registry.keys() >= {object, int, float})
