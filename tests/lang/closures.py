def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
c2 = counter()
print(c2(), c())
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer())
g = 1
def setg():
    global g, newg
    g = 2
    newg = 3
setg()
print(g, newg)
def late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]
print(late())
def cell_change():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(cell_change())
print(counter().__closure__[0].cell_contents if counter().__closure__ else None)
inc = counter()
inc()
print(inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
def unbound():
    def f():
        return y
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
def shadow():
    x = 1
    def f():
        x = 2
        return x
    f()
    return x
print(shadow())
def nl():
    a = []
    def add(v):
        a.append(v)
    add(1); add(2)
    return a
print(nl())
x = 0
def loc():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
loc()
class K:
    y = 5
    def m(self):
        try:
            return y
        except NameError as e:
            return str(e)
print(K().m())
