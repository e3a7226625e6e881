import functools
def trace(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        print("call", f.__name__, a, k)
        return f(*a, **k)
    return wrapper
@trace
def add(a, b):
    "adds"
    return a + b
print(add(1, b=2), add.__name__, add.__doc__, add.__wrapped__.__name__)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x):
    return "hi " + x
print(hi("bob"))
def d1(f):
    print("d1 applied")
    return lambda: "d1(" + f() + ")"
def d2(f):
    print("d2 applied")
    return lambda: "d2(" + f() + ")"
@d1
@d2
def base():
    return "base"
print(base())
def register(cls):
    cls.registered = True
    return cls
@register
class C:
    pass
print(C.registered)
registry = []
@registry.append
def fn(): pass
print(len(registry), registry[0] is fn, fn)
@(lambda f: f.__name__)
def named(): pass
print(named)
class Counter:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@Counter
def sq(x): return x * x
print(sq(3), sq(4), sq.n)
