# sys._getframe chains (f_back) from functions, generators, threads, class bodies,
# eval/exec, callbacks from built-ins, and after exceptions: every running frame, in order.
import sys, threading
def names():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out
def gen():
    yield names()
    yield names()
def a():
    return b()
def b():
    g = gen()
    r = [next(g)]
    r.append(next(g))
    return r, names()
print(a())
def t():
    print("thread", names())
th = threading.Thread(target=t); th.start(); th.join()
def rec(n):
    if n == 0:
        return names()
    try:
        return rec(n - 1)
    finally:
        pass
print(rec(3))
def err():
    try:
        raise ValueError
    except ValueError:
        return names()
print(err())
print([names() for _ in range(1)])
class C:
    print(names())
    def m(self):
        return super().__repr__()[:3], names()
print(C().m())
print(eval("names()"))
exec("print(names())")
print(sorted([3,1], key=lambda x: (names(), x)[1]))


def names1():
    f = sys._getframe(1)
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out

def deep(n):
    return names1() if n == 0 else deep(n - 1)
print(deep(5))
def cb(x):
    return names()
print(list(map(cb, [1]))[0])
print(min([1], key=cb) and names())
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError", e)
print(sys._getframe(-1).f_code.co_name)
def g2():
    x = yield names()
    yield names()
g = g2(); print(next(g)); print(g.send(1))
print(globals() is sys._getframe().f_globals, locals() is globals())
def loc():
    a = 1
    return locals()
print(loc())
