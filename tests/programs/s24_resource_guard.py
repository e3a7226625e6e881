# Context managers: suppression by __exit__, exceptions raised from __exit__, nested
# with-items, generators closed inside with, contextlib helpers, and recursion errors
# caught and recovered from while with-blocks unwind.
import sys
class Resource:
    opened = []
    def __init__(self, name, fail_exit=False, suppress=()):
        self.name, self.fail_exit, self.suppress = name, fail_exit, suppress
    def __enter__(self):
        Resource.opened.append(self.name)
        return self
    def __exit__(self, et, ev, tb):
        Resource.opened.remove(self.name)
        print(f"  exit {self.name}: {et.__name__ if et else None} {ev!r}")
        if self.fail_exit:
            raise OSError(f"close failed for {self.name}")
        return et is not None and issubclass(et, self.suppress)

with Resource("a"), Resource("b", suppress=(KeyError,)) as b:
    print("in", b.name, Resource.opened)
    {}["missing"]
print("after", Resource.opened)
try:
    with Resource("outer", suppress=(OSError,)), Resource("inner", fail_exit=True):
        raise ValueError("body")
except Exception as e:
    print("escaped", repr(e))
else:
    print("nothing escaped")
try:
    with Resource("x", fail_exit=True):
        raise ValueError("original")
except OSError as e:
    print(repr(e), "context:", repr(e.__context__))
def gen_in_with():
    with Resource("g"):
        yield 1
        yield 2
g = gen_in_with()
print(next(g), Resource.opened)
g.close()
print("closed", Resource.opened)
def early_return():
    for i in range(3):
        with Resource(f"loop{i}"):
            if i == 1:
                return i
            continue
print(early_return(), Resource.opened)
import contextlib
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print(f"  {name} swallowed ZeroDivisionError")
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print(t)
with tag("div"):
    1 / 0
try:
    with tag("span"):
        raise KeyError("k")
except KeyError as e:
    print("KeyError escaped", e)
with contextlib.ExitStack() as stack:
    rs = [stack.enter_context(Resource(f"s{i}")) for i in range(3)]
    stack.callback(print, "  callback ran")
    print([r.name for r in rs], Resource.opened)
print(Resource.opened)
with contextlib.suppress(ZeroDivisionError, KeyError):
    print("before")
    {}[1]
    print("never")
sys.setrecursionlimit(120)
def deep(n): return deep(n + 1)
for attempt in range(3):
    try:
        deep(0)
    except RecursionError as e:
        print("attempt", attempt, e)
def deep_with(n):
    with Resource(f"r{n}") if n % 50 == 0 else contextlib.nullcontext():
        return deep_with(n + 1)
try:
    deep_with(0)
except RecursionError:
    print("recovered; still open:", Resource.opened)
sys.setrecursionlimit(1000)
print(sum(range(10)))
