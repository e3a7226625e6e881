"""Decorators with arguments, functools utilities."""
import functools
from functools import lru_cache, partial, reduce, wraps, singledispatch, cached_property, cache
import operator


def retry(times=3, exceptions=(ValueError,)):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} of {fn.__name__} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        wrapper.attempts = times
        return wrapper
    return deco


def trace(fn):
    depth = [0]

    @wraps(fn)
    def wrapper(*args):
        print(f"{'  ' * depth[0]}-> {fn.__name__}{args}")
        depth[0] += 1
        try:
            r = fn(*args)
        finally:
            depth[0] -= 1
        print(f"{'  ' * depth[0]}<- {r!r}")
        return r
    return wrapper


calls = iter([ValueError("bad 1"), ValueError("bad 2"), 42, ValueError("x")] * 3)


@retry(times=3)
def flaky():
    """Sometimes fails."""
    v = next(calls)
    if isinstance(v, Exception):
        raise v
    return v


print(flaky(), flaky.__name__, flaky.__doc__, flaky.attempts, flaky.__wrapped__.__name__)
try:
    flaky()
    flaky()
except RuntimeError as e:
    print("RuntimeError:", e)


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


fact(4)


@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), [fib(i) for i in range(10)], fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(sq.cache_info(), sq.cache_parameters())


@cache
def ways(n):
    return 1 if n == 0 else sum(ways(n - k) for k in (1, 2, 3) if k <= n)


print(ways(30), ways.cache_info().currsize)


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)

base2 = partial(int, base=2)
print(base2("1011"), base2.func, base2.args, base2.keywords, repr(partial(max, 1, key=abs))[:20])
add3 = partial(lambda a, b, c: a * 100 + b * 10 + c, 1)
print(add3(2, 3), partial(add3, 5)(6))
print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a + b, [], "empty"), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x}"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"sequence of {len(x)}: " + ", ".join(describe(i) for i in x)


@describe.register(float)
def _(x):
    return f"float {x:.2f}"


print(describe(3), describe(2.5), describe([1, 2.0, "s"]), describe((True,)), describe(None))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def stats(self):
        self.computed += 1
        n = len(self.values)
        mean = sum(self.values) / n
        return {"n": n, "mean": mean, "var": sum((v - mean) ** 2 for v in self.values) / n}


d = Dataset([2, 4, 4, 4, 5, 5, 7, 9])
print(d.stats, d.stats["var"], d.computed, "stats" in vars(d))
del d.stats
print(d.stats["mean"], d.computed)


class Cmp:
    def __init__(self, v):
        self.v = v


print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=functools.cmp_to_key(lambda a, b: a.v - b.v))[0].v)
print(sorted(["banana", "Apple", "cherry"], key=str.lower), sorted(["b", "a"], key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))


def timer_like(label):
    def deco(cls):
        orig = cls.__init__

        @wraps(orig)
        def init(self, *a, **k):
            print(f"[{label}] creating {cls.__name__}{a}")
            orig(self, *a, **k)
        cls.__init__ = init
        return cls
    return deco


@timer_like("audit")
class Account:
    def __init__(self, owner, balance=0):
        self.owner, self.balance = owner, balance


acc = Account("ann", 10)
print(acc.owner, acc.balance, Account.__init__.__name__)


class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.n = 0

    def __call__(self, *a):
        self.n += 1
        return self.fn(*a)


@CountCalls
def hello(name):
    "greets"
    return f"hello {name}"


print(hello("a"), hello("b"), hello.n, hello.__name__, hello.__doc__)
print(operator.itemgetter(1, 0)(["x", "y"]), operator.attrgetter("owner")(acc), operator.methodcaller("upper")("s"))
print(list(map(operator.neg, [1, -2])), operator.add("a", "b"), operator.contains([1], 1), operator.index(7))
