"""functools.lru_cache / cache recursion, partial, reduce, singledispatch and cached_property."""
import functools
from functools import lru_cache, cache, partial, reduce, singledispatch, cached_property


@lru_cache(maxsize=None)
def ways(n, coins=(1, 2, 5, 10, 25, 50)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways(250), ways.cache_info().hits > 0)


@cache
def edit(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit(a[1:], b[1:])
    return 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))


for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("intention", "execution")]:
    print(x, y, edit(x, y))


calls = []


@lru_cache(maxsize=3)
def square(n):
    calls.append(n)
    return n * n


for n in [1, 2, 3, 1, 4, 2, 5, 1, 1.0, True]:
    square(n)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__wrapped__(9), square.__name__)


@lru_cache(maxsize=2, typed=True)
def kind(x):
    calls.append(("kind", x))
    return type(x).__name__


calls.clear()
print(kind(1), kind(1.0), kind(True), kind(1), calls)
try:
    square([1])
except TypeError as exc:
    print("TypeError:", exc)


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


sq = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(sq(9), cube_mod(4), sq.func is power, sq.args, sq.keywords, partial(sq, 3)(), partial(partial(max, 5), 9)(1))
print(repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3, 4]), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], "init"))
try:
    reduce(max, [])
except TypeError as exc:
    print("TypeError:", exc)


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj:+d}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}: " + ", ".join(describe(x) for x in obj)


@describe.register
def _(obj: bool):
    return f"bool {obj}"


print(describe(5), describe(True), describe("s"), describe([1, (2, False), 3.5]))
print(describe.dispatch(float).__name__, sorted(t.__name__ for t in describe.registry if t is not object))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return round(3.14159 * self.r ** 2, 3)


c = Circle(2)
print(c.area, c.area, c.computed, "area" in vars(c))
del c.area
c.r = 3
print(c.area, c.computed)
print(type(Circle.area).__name__, Circle.area.attrname)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"  {fn.__name__}{args} -> {result}")
        return result
    return wrapper


@logged
@lru_cache
def fib(n):
    "Fibonacci."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(6), fib.__doc__, fib.__wrapped__.cache_info().currsize)
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: 0)(4))
print(sorted(["b10", "a2", "b9", "a10"], key=functools.cmp_to_key(
    lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
