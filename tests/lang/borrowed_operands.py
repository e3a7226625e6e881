# Locals read by subscripts, attribute access, comparisons and membership tests while
# the rest of the expression raises, calls, or rebinds names: the values must stay intact.
import sys


class Box:
    def __init__(self, v):
        self.v = v
        self.items = [v, v * 2]

    def get(self, k):
        return self.items[k]

    @property
    def boom(self):
        raise ValueError("boom")


def fails():
    raise KeyError("inner")


def subscripts():
    table = {i: str(i) for i in range(10)}
    lst = [Box(i) for i in range(5)]
    out = []
    for i in range(12):
        try:
            out.append(table[i % 11])
        except KeyError as e:
            out.append("missing %r" % (e.args,))
    try:
        table[fails()]
    except KeyError as e:
        out.append("fails: %s" % e)
    try:
        table[1 // 0]
    except ZeroDivisionError as e:
        out.append("zero: %s" % e)
    try:
        lst[len(lst) + 1]
    except IndexError as e:
        out.append("index: %s" % e)
    out.append(lst[2].items[1])
    lst[0] = lst[1]
    out.append(lst[0].v)
    del table[3]
    out.append(sorted(table)[:4])
    return out


def attributes():
    b = Box(7)
    out = [b.v, b.get(1), b.items[0]]
    for _ in range(3):
        try:
            out.append(b.boom)
        except ValueError as e:
            out.append(str(e))
    try:
        b.missing
    except AttributeError as e:
        out.append(str(e))
    b.v = b.v + 1
    out.append(b.v)
    b = Box(b.get(1))
    out.append((b.v, b.items))
    return out


def comparisons():
    s = "abc"
    t = "ab" + "c"
    n = None
    d = {"abc": 1}
    out = [s == t, s is n, n is None, s in d, t not in d, s < t, [s] == [t]]
    try:
        out.append(s < 3)
    except TypeError as e:
        out.append(str(e))
    return out


def gen(seq):
    for x in seq:
        got = yield seq[x % len(seq)]
        if got:
            seq = got


def unbound():
    try:
        print(y[0])
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = [1]
    del y
    try:
        y.append(2)
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def big_refs():
    data = list(range(100))
    before = sys.getrefcount(data)
    for i in range(1000):
        try:
            data[i]
        except IndexError:
            pass
        data.count(i)
    return sys.getrefcount(data) - before


print(subscripts())
print(attributes())
print(comparisons())
g = gen([0, 1, 2, 3])
print(next(g), g.send(None), g.send([5, 6]), next(g))
unbound()
print(big_refs())
import sys
def f(x, y):
    return (x, y)[0]
def g(x):
    return [x, 1][0].upper()
def h(x, n):
    return f"{x:>{n}}"[0]
class A: pass
for i in range(3):
    a = A()
    r = f(a, 1)
    print(r is a, sys.getrefcount(a))
    s = "str%d" % i
    print(g(s), sys.getrefcount(s), h(s, 8))
