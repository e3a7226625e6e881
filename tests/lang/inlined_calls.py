# Python-to-Python calls that the VM runs without Rust recursion: results, defaults,
# exceptions unwinding through several frames, handlers in the middle, frames seen
# by sys._getframe, recursion limits, and calls from inside except/finally blocks.
import sys


def add(a, b=10, c=100):
    return a + b + c


print(add(1), add(1, 2), add(1, 2, 3))
print([add(i) for i in range(3)])


def leaf(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2


def middle(x):
    try:
        return leaf(x) + 1
    except ValueError as e:
        return "caught " + str(e)


def top(x):
    return middle(x) if x != 5 else leaf(-x)


print(top(3), top(-4))
try:
    top(5)
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("unwound through", names)


def who():
    return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name


def caller():
    return who()


print(caller())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    depth(1000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(old)
print(depth(150))


def in_finally():
    try:
        return leaf(1)
    finally:
        print("finally sees", leaf(2))


print(in_finally())


def reraiser(x):
    try:
        leaf(x)
    except ValueError:
        raise KeyError(x)


try:
    reraiser(-1)
except KeyError as e:
    print("context:", type(e.__context__).__name__, e.__context__)


def gen_user(n):
    return sum(add(i, 0, 0) for i in range(n))


print(gen_user(10))


class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

    def total(self):
        return self.v + (self.nxt.total() if self.nxt else 0)


n = None
for i in range(50):
    n = Node(i, n)
print(n.total())


def kw_default(a, b=2):
    return a * b


print(kw_default(3), kw_default(3, b=4), kw_default(b=5, a=1))
try:
    kw_default()
except TypeError as e:
    print(e)
try:
    kw_default(1, 2, 3)
except TypeError as e:
    print(e)
kw_default.__defaults__ = (7,)
print(kw_default(3))
kw_default.__defaults__ = None
try:
    kw_default(3)
except TypeError as e:
    print(e)
print(leaf(-7))
