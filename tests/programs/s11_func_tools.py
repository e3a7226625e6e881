"""functools/operator/contextlib tour in a small plugin framework."""
import functools
from functools import lru_cache, reduce, partial, total_ordering, singledispatch, cached_property, wraps, cache
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, closing, nullcontext
import io
import operator


def logged(prefix):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            print(f"{prefix} -> {fn.__name__}{args}{kwargs if kwargs else ''}")
            return fn(*args, **kwargs)
        wrapper.calls = 0
        return wrapper
    return deco


@logged("[trace]")
def add(a, b=0):
    """Add two things."""
    return a + b


print(add(1, 2), add("x", b="y"), add.__name__, add.__doc__, add.__wrapped__(5, 5))


@lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib(10), fib.cache_info(), fib.cache_parameters())


@cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways(100), ways.cache_info().currsize > 0)

print(reduce(operator.mul, range(1, 11)), reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0), reduce(max, [3, 9, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
p = partial(int, base=2)
print(p("1011"), p.func.__name__, p.args, p.keywords, repr(partial(max, 1, key=abs))[:22])
pp = partial(p, "111")
print(pp(), type(pp).__name__)


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

    __hash__ = None


vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.0") >= Version("1.0"), Version("2") > Version("10"), Version("3") <= Version("2"))


@singledispatch
def describe(x):
    return f"object {x!r}"


@describe.register
def _(x: int):
    return f"int {x:#x}"


@describe.register(list)
@describe.register(tuple)
def _(x):
    return f"seq of {len(x)}: " + ", ".join(describe(i) for i in x)


@describe.register(bool)
def _(x):
    return "bool!"


print(describe(255), describe([1, "a", (True, 2.5)]), describe(None))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))


class Report:
    def __init__(self, rows):
        self.rows = rows

    @cached_property
    def total(self):
        print("  (computing total)")
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, "total" in vars(r))
del r.total
print(r.total)


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  {name} swallowed KeyError {e}")
    finally:
        print(f"</{name}>")


with tag("a") as t, tag("b"):
    print("  inside", t)
with tag("c"):
    {}["missing"]
with suppress(ZeroDivisionError, ValueError):
    print("before")
    1 / 0
    print("never")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback ran", names)
    print("stack body")
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line 1")
    help_text = "ignored"
print("buffer has:", repr(buf.getvalue()))


class Res:
    def close(self):
        print("Res closed")


with closing(Res()), nullcontext(5) as five:
    print("five is", five)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
f = operator.methodcaller("replace", "a", "o")
print(f("banana"), operator.itemgetter(1, -1)("hello"), operator.attrgetter("real", "imag")(3 + 4j))
print(operator.index(7), operator.concat([1], [2]), operator.contains("abc", "b"), operator.neg(5), operator.truth([]))
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: -1 if a.lower() < b.lower() else 1)))
