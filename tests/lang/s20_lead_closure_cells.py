# Closures with one, two and three cells: __closure__ (the same tuple on every read),
# cell contents seen and changed through it, defaults/kwdefaults/annotations beside a
# closure, __code__ swaps that must fit the closure, and FunctionType(closure=...).
import types
import threading


def one(a):
    def f():
        return a
    return f


def two(a, b):
    def f(x=10, *, y=20):
        return a + b + x + y
    return f


def three(a, b, c):
    def f(x: int) -> int:
        return a * 100 + b * 10 + c + x
    return f


f1, f2, f3 = one(1), two(2, 3), three(4, 5, 6)
print(f1(), f2(), f2(1, y=2), f3(7))
for f in (f1, f2, f3):
    c = f.__closure__
    print(type(c).__name__, len(c), c is f.__closure__, [x.cell_contents for x in c])
print(f2.__defaults__, f2.__kwdefaults__, f3.__annotations__)
print(f1.__code__.co_freevars, f2.__code__.co_freevars, f3.__code__.co_freevars)


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


inc = counter()
inc()
inc()
cell = inc.__closure__[0]
print(cell.cell_contents)
cell.cell_contents = 40
print(inc(), inc.__closure__[0] is cell, cell.cell_contents)

# Two closures sharing one cell.
def pair():
    v = []

    def add(x):
        v.append(x)

    def get():
        return v
    return add, get


add, get = pair()
add(1)
add(2)
print(get(), add.__closure__[0] is get.__closure__[0])

# A function without free variables has no closure.
def plain():
    return 1


print(plain.__closure__)

# __code__ must have as many free variables as the closure has cells.
try:
    f1.__code__ = plain.__code__
except ValueError as e:
    print("ValueError:", e)
f1b = one(99)
f1b.__code__ = one(5).__code__
print(f1b())
try:
    f2.__code__ = f1.__code__
except ValueError as e:
    print("ValueError:", e)

# FunctionType with the closure of another function.
g = types.FunctionType(f2.__code__, globals(), "g", (1,), f2.__closure__)
print(g(y=0), g.__closure__ is f2.__closure__, g.__name__)
try:
    types.FunctionType(f2.__code__, globals(), "g", None, f1.__closure__)
except ValueError as e:
    print("ValueError:", e)

# Lambdas over a loop variable and over a default.
fs = [lambda: i for i in range(3)]
gs = [lambda i=i: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])
print(fs[0].__closure__ is not None, gs[0].__closure__)

# Closures made in many threads, each reading its own __closure__.
out = []


def work(k):
    fs = [two(k, j) for j in range(200)]
    out.append(sum(f(0, y=0) for f in fs)
               + sum(f.__closure__[1].cell_contents for f in fs))


ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out))

# Recursion through a cell.
def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


fact = outer()
print(fact(20), fact.__closure__[0].cell_contents is fact)
