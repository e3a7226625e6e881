"""Generator pipelines with send/throw/close, and context managers."""
import contextlib
from contextlib import contextmanager, suppress, ExitStack, closing, redirect_stdout, nullcontext
import io


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager got error:", e)
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print("avg", a.send(v))
print("throw ->", a.throw(ValueError("bad sample")))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)


def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.split("#", 1)[0].rstrip()
        if line:
            yield line


def parse_kv(lines):
    for line in lines:
        key, sep, value = line.partition("=")
        if not sep:
            raise SyntaxError(f"bad line: {line!r}")
        yield key.strip(), value.strip()


CONFIG = """
# settings
name = weft   # the name
threads=4

mode = fast
"""
print(dict(parse_kv(strip_comments(read_lines(CONFIG)))))


def delegator():
    result = yield from averager()
    print("delegator received", result)
    yield "done"


d = delegator()
next(d)
d.send(4)
d.send(6)
print(d.send(None))


def counter(n):
    i = 0
    try:
        while i < n:
            yield i
            i += 1
    except GeneratorExit:
        print("counter closed at", i)
        raise


c = counter(10)
print(next(c), next(c))
c.close()
print(list(c), c.gi_frame is None)
gen = (x * x for x in range(5))
print(sum(gen), list(gen))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.takewhile(lambda x: x < 100, fib()))[-1])


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print(f"  handled {e!r} inside {name}")
    finally:
        print(f"</{name}>")


with tag("html") as t:
    with tag("body"):
        print("  content", t)
with tag("div"):
    raise KeyError("k")
print("after div")
try:
    with tag("p"):
        raise IndexError("i")
except IndexError as e:
    print("escaped", repr(e))

with suppress(FileNotFoundError, ZeroDivisionError):
    1 / 0
    print("not reached")
print("suppressed")


class Res:
    def __init__(self, name, log):
        self.name, self.log = name, log

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self

    def __exit__(self, *exc):
        self.log.append(f"exit {self.name} {exc[0].__name__ if exc[0] else ''}".rstrip())
        return False

    def close(self):
        self.log.append(f"close {self.name}")


log = []
with ExitStack() as stack:
    rs = [stack.enter_context(Res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    stack.push(lambda *e: log.append("pushed exit") or False)
print(log)
log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(Res("x", log))
        stack.enter_context(closing(Res("y", log)))
        raise RuntimeError("boom")
except RuntimeError:
    pass
print(log)
with ExitStack() as stack:
    stack.enter_context(Res("kept", log))
    moved = stack.pop_all()
print(log[-1])
moved.close()
print(log[-1])

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
    print("second", end="!")
print(repr(buf.getvalue()))
with nullcontext(5) as n:
    print("nullcontext", n)


class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("start")
        return self

    def __exit__(self, *exc):
        print("stop")
        return False


@Timer()
def work():
    print("working")


work()


@contextmanager
def bad():
    yield
    yield


try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


@contextmanager
def noyield():
    if False:
        yield


try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
