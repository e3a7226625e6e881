"""Plugin framework: decorators with functools.wraps, inspect signatures, contextlib."""
import functools
import inspect
import contextlib
import io
import sys
from typing import Callable

REGISTRY = {}


def command(name=None, *, aliases=()):
    def deco(fn):
        key = name or fn.__name__.replace("_", "-")
        sig = inspect.signature(fn)
        REGISTRY[key] = (fn, sig)
        for a in aliases:
            REGISTRY[a] = (fn, sig)
        fn.command_name = key
        return fn
    return deco


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = inspect.signature(fn).bind(*args, **kwargs)
        bound.apply_defaults()
        shown = ", ".join(f"{k}={v!r}" for k, v in bound.arguments.items())
        print(f"-> {fn.__name__}({shown})")
        try:
            result = fn(*args, **kwargs)
        except Exception as e:
            print(f"<- {fn.__name__} raised {type(e).__name__}: {e}")
            raise
        print(f"<- {fn.__name__} = {result!r}")
        return result
    return wrapper


def retry(times=3, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except exceptions as e:
                    print(f"   attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__qualname__} failed after {times} attempts")
        wrapper.attempts = times
        return wrapper
    return deco


class countcalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.calls = 0

    def __call__(self, *a, **kw):
        self.calls += 1
        return self.__wrapped__(*a, **kw)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self, obj)


@command(aliases=("add",))
@logged
def add_numbers(a: int, b: int = 10, *rest: int, scale: float = 1.0, **opts) -> float:
    """Add numbers together and scale."""
    return (a + b + sum(rest)) * scale


@command("greet")
def greet(name, /, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"


_flaky_state = {"n": 0}


@retry(times=3, exceptions=(ConnectionError,))
def flaky():
    _flaky_state["n"] += 1
    if _flaky_state["n"] < 3:
        raise ConnectionError(f"timeout #{_flaky_state['n']}")
    return "connected"


@retry(times=2)
def always_fails():
    raise ValueError("nope")


class Calculator:
    @countcalls
    def double(self, x):
        return 2 * x

    @staticmethod
    def version():
        return "1.0"

    @classmethod
    def create(cls):
        return cls()


@contextlib.contextmanager
def section(title):
    print(f"[{title}]")
    try:
        yield title.upper()
    except KeyError as e:
        print(f"  section {title} swallowed KeyError {e}")
    finally:
        print(f"[/{title}]")


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("timer start")
        return self

    def __exit__(self, *exc):
        print("timer stop", exc[0].__name__ if exc[0] else None)
        return False


@Timer()
def timed_work(n):
    return sum(range(n))


def describe(fn):
    sig = inspect.signature(fn)
    print(f"{fn.__name__}{sig}")
    for p in sig.parameters.values():
        default = "-" if p.default is inspect.Parameter.empty else repr(p.default)
        ann = "-" if p.annotation is inspect.Parameter.empty else getattr(p.annotation, "__name__", p.annotation)
        print(f"   {p.name:<9} {p.kind.name:<22} default={default:<6} ann={ann}")
    print("   returns:", sig.return_annotation)


def main():
    print(sorted(REGISTRY))
    fn, sig = REGISTRY["add"]
    print(fn.__name__, fn.__doc__, fn.__wrapped__.__name__, fn.command_name)
    describe(add_numbers)
    describe(greet)
    add_numbers(1, 2, 3, 4, scale=0.5, verbose=True)
    add_numbers(5)
    try:
        add_numbers()
    except TypeError as e:
        print("TypeError:", e)
    try:
        sig.bind(1, 2, scale=1, c=3).arguments
        print(sig.bind(1, 2, 3, scale=2, c=3).arguments)
        inspect.signature(greet).bind(name="x")
    except TypeError as e:
        print("TypeError:", e)
    print(greet("Ann"), greet("Bob", "Hi", punct="?"))
    print(flaky(), always_fails.attempts, flaky.__name__)
    try:
        always_fails()
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = Calculator()
    print(c.double(4), c.double(5), Calculator.double.calls, Calculator.double.__name__)
    print(Calculator.version(), type(Calculator.create()).__name__)
    print(inspect.isfunction(greet), inspect.ismethod(c.double), inspect.ismethod(Calculator.create),
          inspect.isclass(Calculator), inspect.isgeneratorfunction(describe))
    print(inspect.getdoc(add_numbers), inspect.getmodule(greet).__name__ if inspect.getmodule(greet) else None)
    with section("one") as s:
        print("  inside", s)
        {}["boom"]
    try:
        with section("two"):
            raise ValueError("escapes")
    except ValueError as e:
        print("escaped:", e)
    print(timed_work(10))
    with contextlib.ExitStack() as stack:
        for n in ("a", "b"):
            stack.enter_context(section(n))
        stack.callback(print, "callback ran")
        print("stack body")
    with contextlib.suppress(ZeroDivisionError, KeyError):
        print("before")
        1 / 0
    print("after suppress")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        print("captured!")
        help_text = "hidden"
    print(repr(out.getvalue()), help_text)
    with contextlib.nullcontext(42) as v:
        print("nullcontext", v)

    class Res:
        def close(self):
            print("closed Res")

    with contextlib.closing(Res()):
        print("using Res")
    p = functools.partial(greet, punct=".")
    print(p("Zed"), p.func is greet, p.keywords, inspect.signature(p))
    print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.reduce(max, [3, 9, 2], 0))

    @functools.lru_cache(maxsize=2)
    def sq(x):
        print(f"  computing sq({x})")
        return x * x

    print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())

    @functools.singledispatch
    def render(x):
        return f"obj:{x!r}"

    @render.register
    def _(x: int):
        return f"int:{x}"

    @render.register(list)
    def _(x):
        return "[" + ",".join(render(i) for i in x) + "]"

    print(render([1, "a", [2.5, True]]))


main()
