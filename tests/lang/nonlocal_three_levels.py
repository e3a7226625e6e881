# nonlocal across three nested scopes, closures capturing loop variables, cell sharing
def outer():
    x = 0
    log = []
    def middle():
        nonlocal x
        x += 1
        def inner():
            nonlocal x
            x += 10
            log.append(x)
            return x
        return inner
    f = middle()
    f(); f()
    g = middle()
    g()
    return x, log
print(outer())

def counter_factory():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, [c.cell_contents for c in get.__closure__])

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def shadow():
    x = "outer"
    def a():
        x = "a-local"
        def b():
            return x
        return b()
    def c():
        return x
    return a(), c()
print(shadow())

def late_binding():
    def get():
        return value
    value = 42
    return get()
print(late_binding())

def deleted_cell():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
deleted_cell()

class K:
    y = 5
    def m(self):
        return y if False else "no class scope"
    z = [y * i for i in range(2)] if False else None
print(K().m(), K.z)
def class_in_func():
    a = 1
    class Inner:
        b = a + 1
        def get(self):
            return a, self.b
    return Inner().get()
print(class_in_func())
