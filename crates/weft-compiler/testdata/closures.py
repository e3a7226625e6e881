def outer(a, b):
    c = 1
    def inner(x):
        nonlocal c
        c += x
        return a + c
    class K:
        y = b
        def m(self):
            return __class__, c
    lam = lambda q, *r, s=3: q + a
    return inner, K, lam

def gen(n):
    yield 1
    x = yield
    yield from range(n)
    return x

def walrus(xs):
    if (n := len(xs)) > 3:
        return n
    return [y for x in xs if (y := x * 2)]

@decorator
@other(1)
def decorated():
    "docstring"
    global G
    G = 1
    del G
