"""Context managers: suppressing exceptions, nesting, ExitStack, contextmanager generators, reentrancy."""
import contextlib
from contextlib import contextmanager, suppress, ExitStack, nullcontext, redirect_stdout, closing
import io

events = []


class Transaction:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        events.append(f"begin {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            events.append(f"commit {self.name}")
            return False
        events.append(f"rollback {self.name}: {exc_type.__name__}({exc})")
        return issubclass(exc_type, self.swallow)


with Transaction("t1"):
    events.append("work")
with Transaction("t2", swallow=(KeyError,)):
    {}["missing"]
try:
    with Transaction("outer", swallow=(ValueError,)), Transaction("inner", swallow=(KeyError,)):
        raise ValueError("bad value")
except ValueError:
    events.append("escaped?")
try:
    with Transaction("t3", swallow=(KeyError,)):
        raise TypeError("not swallowed")
except TypeError as exc:
    events.append(f"caught {exc}")
print("\n".join(events))


@contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        out.append(f"<!-- {name}: div by zero -->")
    finally:
        out.append(f"</{name}>")


html = []
with tag("html", html):
    with tag("body", html) as b:
        html.append(b)
        with tag("p", html):
            1 / 0
        html.append("after")
print("".join(html))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def double_yield():
    yield 1
    yield 2


for cm in (no_yield, double_yield):
    try:
        with cm():
            pass
    except RuntimeError as exc:
        print("RuntimeError:", exc)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed index error")
with suppress():
    pass
try:
    with suppress(KeyError):
        int("x")
except ValueError as exc:
    print("ValueError passed through:", exc)

log = []
with ExitStack() as stack:
    for i in range(3):
        stack.callback(log.append, f"cb{i}")
    stack.enter_context(Transaction("stacked"))
    f = stack.enter_context(closing(io.StringIO("data")))
    log.append(f.read())
print(log, events[-2:])

with ExitStack() as outer:
    outer.callback(log.append, "never-run")
    moved = outer.pop_all()
moved.close()
print(log[-1])


def failing_cleanup():
    raise RuntimeError("cleanup failed")


try:
    with ExitStack() as stack:
        stack.callback(failing_cleanup)
        raise KeyError("body")
except RuntimeError as exc:
    print("RuntimeError:", exc, "| context:", repr(exc.__context__))

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", end="!")
print(repr(buf.getvalue()))
with nullcontext(42) as v:
    print("nullcontext gave", v)


class Reentrant:
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        return self.depth

    def __exit__(self, *exc):
        self.depth -= 1


r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2, r.depth)
print("final depth", r.depth)


class NotACM:
    pass


try:
    with NotACM():
        pass
except (TypeError, AttributeError) as exc:
    print(type(exc).__name__, exc)


class Chdir(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print("  exit with", exc[0].__name__ if exc[0] else None)


with Chdir() as c:
    print(type(c).__name__)


@contextmanager
def timer_like(label):
    ticks = [0]
    yield ticks
    print(f"{label}: {ticks[0]} ticks")


with timer_like("loop") as t:
    for _ in range(5):
        t[0] += 1


@timer_like("decorated")
def decorated():
    print("  inside decorated")


decorated()
