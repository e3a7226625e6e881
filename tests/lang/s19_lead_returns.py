# Returning a local or a constant: values, unbound locals, generators, __init__,
# try/finally and with blocks, and jumps that land on the return itself.
import traceback


def const_none():
    pass


def const_values(k):
    if k == 0:
        return 1.5
    if k == 1:
        return "é"
    if k == 2:
        return (1, 2)
    if k == 3:
        return 2 ** 100
    return -0.0


def local_value(x):
    y = x * 2
    return y


def unbound(flag):
    if flag:
        z = 1
    return z


def gen():
    yield 1
    return "done"


class Good:
    def __init__(self, v):
        self.v = v
        return None


class Bad:
    def __init__(self):
        return 3


def in_finally():
    try:
        return "try"
    finally:
        print("finally runs")


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        print("exit", a[0])
        return False


def in_with(v):
    with Ctx():
        return v


def jump_to_return(n):
    r = 0
    if n > 0:
        r = n
    return r


print(const_none(), [const_values(k) for k in range(5)], local_value(21))
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError:
    traceback.print_exc()
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(Good(4).v)
try:
    Bad()
except TypeError as e:
    print(e)
print(in_finally(), in_with("w"), jump_to_return(5), jump_to_return(-5))
print((lambda: 7)(), (lambda a: a)("x"), [(lambda: None)() for _ in range(2)])


def deep(n):
    if n == 0:
        return n
    return deep(n - 1)


print(deep(500))
