import sys, gc
def make(n):
    a = [n]
    b = {"k": n}
    def f(x):
        def g():
            nonlocal x
            x += 1
            return a[0] + b["k"] + x
        return g
    return f
total = 0
for i in range(2000):
    g = make(i)(i)
    total += g() + g()
    del g
print(total)
def gen_closure(n):
    s = set()
    def gen():
        for i in range(n):
            s.add(i)
            yield len(s)
    return gen
gs = [gen_closure(5)() for _ in range(100)]
print(sum(next(g) for g in gs))
del gs
def raiser(n):
    def r():
        raise ValueError(n)
    return r
caught = []
for i in range(100):
    try:
        raiser(i)()
    except ValueError as e:
        caught.append(e)
print(len(caught), caught[-1].__traceback__.tb_next.tb_frame.f_code.co_name)
del caught
class A:
    def m(self):
        return __class__.__name__ + super().__repr__()[:3]
print([A().m() for _ in range(3)])
def deep(n):
    if n == 0:
        return lambda: n
    return (lambda k: (lambda: k() + n))(deep(n - 1))
print(deep(200)())
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    def get():
        return c
    return inc, get
inc, get = counter()
for _ in range(10): inc()
print(get(), inc.__closure__[0].cell_contents)
import threading
def worker(out):
    s = []
    def add(x):
        s.append(x)
    for i in range(20000):
        add(i)
    out.append(len(s))
out = []
ts = [threading.Thread(target=worker, args=(out,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
