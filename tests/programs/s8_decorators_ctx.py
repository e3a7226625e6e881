"""Decorators (with functools.wraps, arguments, on classes) and context managers."""
import contextlib
import functools
import inspect
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("deco")


def trace(fn=None, *, prefix="call"):
    if fn is None:
        return functools.partial(trace, prefix=prefix)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        shown = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()])
        log.info("%s %s(%s)", prefix, fn.__name__, shown)
        result = fn(*args, **kwargs)
        log.info("%s -> %r", fn.__name__, result)
        return result
    wrapper.calls = 0
    return wrapper


def typed(fn):
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        for name, value in bound.arguments.items():
            ann = sig.parameters[name].annotation
            if ann is not inspect.Parameter.empty and not isinstance(value, ann):
                raise TypeError(f"{fn.__name__}(): {name} must be {ann.__name__}, got {type(value).__name__}")
        return fn(*bound.args, **bound.kwargs)
    return wrapper


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return wrapper
    return deco


@trace
def add(a, b=0):
    """Add two numbers."""
    return a + b


@trace(prefix=">>")
@typed
def scale(x: float, factor: int = 2, *, label: str = "v") -> str:
    return f"{label}={x * factor}"


flaky_state = {"n": 0}


@retry(3, (ValueError,))
def flaky():
    flaky_state["n"] += 1
    if flaky_state["n"] < 3:
        raise ValueError(f"not yet ({flaky_state['n']})")
    return "finally"


print(add(2, b=3), add.__name__, add.__doc__, add.__wrapped__.__name__, add.calls)
print(scale(1.5), scale(2.0, 3, label="w"), scale.__name__, inspect.signature(scale))
for bad in [lambda: scale("x"), lambda: scale(1.0, 2.5), lambda: scale(1.0, label=3), lambda: scale(), lambda: scale(1.0, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(flaky())
try:
    retry(2)(lambda: 1 / 0)()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__, "| context:", type(e.__context__).__name__)


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env


print(Config("prod").env, Config("test").env, Config() is Config(), Config.__name__)


def register_methods(cls):
    cls.registry = sorted(n for n, v in vars(cls).items() if callable(v) and not n.startswith("_"))
    return cls


@register_methods
class Api:
    def get(self): ...
    def post(self): ...
    def _private(self): ...


print(Api.registry)


class Timer:
    """A context manager with a fake clock so output is deterministic."""
    clock = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Timer.clock += 10
        self.start = Timer.clock
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Timer.clock += 5
        status = "ok" if exc_type is None else f"error {exc_type.__name__}: {exc}"
        print(f"exit {self.name} after {Timer.clock - self.start} ticks ({status})")
        return exc_type is KeyError


with Timer("outer") as t1, Timer("inner") as t2:
    print("body", t1.name, t2.name)
with Timer("suppressing"):
    {}["missing"]
print("after suppressed KeyError")
try:
    with Timer("propagating"):
        raise ValueError("bad value")
except ValueError as e:
    print("caught", e)


@contextlib.contextmanager
def transaction(db):
    snapshot = dict(db)
    print("begin", snapshot)
    try:
        yield db
    except Exception as e:
        db.clear()
        db.update(snapshot)
        print("rollback because", repr(e))
        raise
    else:
        print("commit", db)
    finally:
        print("end")


db = {"a": 1}
with transaction(db) as d:
    d["b"] = 2
try:
    with transaction(db) as d:
        d["c"] = 3
        raise LookupError("constraint")
except LookupError:
    pass
print(db)


@contextlib.contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("swallowed", type(e).__name__)


with swallow(ZeroDivisionError, KeyError):
    1 / 0
with contextlib.nullcontext("value") as v:
    print(v)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    names = [stack.enter_context(Timer(f"t{i}")).name for i in range(2)]
    print(names)


class closing_thing:
    def close(self):
        print("closed!")


with contextlib.closing(closing_thing()):
    print("using")


@contextlib.contextmanager
def bad_cm():
    yield 1
    yield 2


try:
    with bad_cm():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextlib.contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


class ReusableTag(contextlib.ContextDecorator):
    def __enter__(self):
        print("<tag>")
        return self

    def __exit__(self, *exc):
        print("</tag>")
        return False


@ReusableTag()
def render():
    print("content")


render()
render()
