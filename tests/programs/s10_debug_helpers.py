"""Debugging helpers a developer writes: locals dumps, call tracing, generator task monitor."""
import functools
import inspect
import sys
import traceback
from collections import deque


def dump_locals(label=""):
    """Print the caller's local variables, sorted, skipping private names."""
    frame = sys._getframe(1)
    names = {k: v for k, v in frame.f_locals.items() if not k.startswith("_")}
    where = f"{frame.f_code.co_name}:{frame.f_lineno}"
    print(f"[locals {label or where}]", ", ".join(f"{k}={v!r}" for k, v in sorted(names.items())))


def trace(fn):
    sig = inspect.signature(fn)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        bound = sig.bind(*args, **kwargs)
        bound.apply_defaults()
        depth = len(inspect.stack(0)) - base_depth
        pad = "  " * max(depth, 0)
        print(f"{pad}call {fn.__name__}{inspect.formatargvalues(list(bound.arguments), None, None, bound.arguments)}")
        result = fn(*args, **kwargs)
        print(f"{pad}ret  {fn.__name__} -> {result!r}")
        return result
    return wrapper


@trace
def gcd(a, b=1):
    if b == 0:
        return a
    return gcd(b, a % b)


def compute(values):
    total = 0
    squares = []
    for v in values:
        total += v
        squares.append(v * v)
    dump_locals()
    dump_locals("explicit")
    return total, squares


class Scheduler:
    def __init__(self):
        self.tasks = deque()
        self.log = []

    def spawn(self, gen):
        self.tasks.append(gen)
        self.log.append((gen.__name__, inspect.getgeneratorstate(gen)))

    def run(self):
        while self.tasks:
            task = self.tasks.popleft()
            try:
                value = next(task)
            except StopIteration as stop:
                self.log.append((task.__name__, inspect.getgeneratorstate(task), stop.value))
                continue
            loc = inspect.getgeneratorlocals(task)
            print(f"  {task.__name__:<8} yielded {value!r:<6} state={inspect.getgeneratorstate(task)} locals={sorted(loc)}")
            self.tasks.append(task)


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def echo(words):
    for i, w in enumerate(words):
        yield w.upper()
    return len(words)


def failing_step(data):
    key = "missing"
    limit = len(data)
    return data[key] * limit


def explain_error():
    try:
        failing_step({"a": 1})
    except KeyError as exc:
        frames = inspect.getinnerframes(exc.__traceback__)
        for fi in frames:
            print(f"  in {fi.function} line {fi.lineno - frames[0].lineno:+d}: {fi.code_context[0].strip()}")
        last = traceback.extract_tb(exc.__traceback__)[-1]
        print("  failing line:", last.line)
        print("  locals at failure:", sorted(exc.__traceback__.tb_next.tb_frame.f_code.co_varnames))


def main():
    global base_depth
    base_depth = len(inspect.stack(0)) + 1
    print(gcd(48, 18))
    print(compute([1, 2, 3]))
    sched = Scheduler()
    sched.spawn(countdown(2))
    sched.spawn(echo(["a", "b", "c"]))
    sched.run()
    print(sched.log)
    explain_error()
    cv = inspect.getclosurevars(trace(lambda x: x))
    print(sorted(cv.nonlocals), sorted(cv.globals), sorted(cv.builtins))
    print(inspect.get_annotations(Scheduler.spawn), inspect.getargvalues(sys._getframe()).args)


main()
