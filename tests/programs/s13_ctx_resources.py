"""Resource management: context managers, contextlib utilities and exception handling order."""
import contextlib
import io
import sys


class Connection:
    opened = []

    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit
        self.closed = False

    def __enter__(self):
        Connection.opened.append(self.name)
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.closed = True
        print(f"close {self.name} (exc={exc_type.__name__ if exc_type else None})")
        if self.fail_on_exit:
            raise RuntimeError(f"{self.name} failed to close")
        return exc_type is KeyError


@contextlib.contextmanager
def transaction(log, name):
    log.append(f"begin {name}")
    try:
        yield log
    except ZeroDivisionError as e:
        log.append(f"rollback {name}: {e}")
    else:
        log.append(f"commit {name}")
    finally:
        log.append(f"end {name}")


@contextlib.contextmanager
def swallow_nothing():
    yield
    print("never printed when an exception passes")


with Connection("db") as c:
    print("using", c.name)
with Connection("cache") as c:
    raise KeyError("swallowed")
print("after swallowed KeyError, closed:", c.closed)

log = []
with transaction(log, "t1"):
    log.append("work 1")
with transaction(log, "t2"):
    log.append("work 2")
    1 / 0
print(log)

try:
    with swallow_nothing():
        raise ValueError("passes through")
except ValueError as e:
    print("caught:", e)

with contextlib.ExitStack() as stack:
    conns = [stack.enter_context(Connection(f"pool{i}")) for i in range(3)]
    stack.callback(print, "callback runs first", sep=" -> ")
    print("pool ready:", [c.name for c in conns])

try:
    with contextlib.ExitStack() as stack:
        stack.enter_context(Connection("a"))
        stack.enter_context(Connection("b", fail_on_exit=True))
        stack.enter_context(Connection("c"))
        raise ValueError("body failed")
except RuntimeError as e:
    print("outer saw:", repr(e), "| context:", repr(e.__context__))

with contextlib.suppress(FileNotFoundError, ZeroDivisionError):
    print("about to divide")
    1 // 0
    print("unreachable")
print("suppressed")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print("buffer:", repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("err buffer:", repr(err.getvalue()))

with contextlib.nullcontext(42) as v:
    print("nullcontext gave", v)


class Closable:
    def close(self):
        print("closing", type(self).__name__)


with contextlib.closing(Closable()) as thing:
    print("have", type(thing).__name__)


def gen_with_cleanup():
    with Connection("gen-conn"):
        yield 1
        yield 2


g = gen_with_cleanup()
print(next(g))
g.close()
print("generator closed")


@contextlib.contextmanager
def reraiser():
    try:
        yield
    except LookupError as e:
        raise TypeError("converted") from e


try:
    with reraiser():
        {}["missing"]
except TypeError as e:
    print(e, "<-", repr(e.__cause__))

print("nested with:")
with Connection("outer"), Connection("inner") as inner:
    print("inside", inner.name)

print("final:", Connection.opened)
with Connection("last", fail_on_exit=True):
    raise IndexError("body error")
