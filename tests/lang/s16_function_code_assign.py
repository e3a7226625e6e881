# Assigning __code__: later calls run the new code (inlined calls, recursion, generators,
# defaults), with CPython's checks on the closure size and the value type.
def f(): return 1
def g(): return 2
f.__code__ = g.__code__
print(f(), f.__code__ is g.__code__, f.__name__, f.__code__.co_name)
def mk(x):
    def inner(): return x
    return inner
h = mk(5)
try:
    f.__code__ = h.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    h.__code__ = g.__code__
except ValueError as e:
    print("ValueError:", e)
h2 = mk(7)
def mk2(y):
    def other(): return y * 10
    return other
h2.__code__ = mk2(0).__code__
print(h2())
try:
    f.__code__ = 5
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield 1
f.__code__ = gen.__code__
print(type(f()).__name__, list(f()))
def rec(n): return 0 if n == 0 else rec(n - 1) + 1
def rec2(n): return -1
for i in range(3):
    print(rec(5))
    rec.__code__, rec2.__code__ = rec2.__code__, rec.__code__
def k(a, b=2): return a + b
k.__code__ = (lambda a, b: a * b).__code__
print(k(3), k(3, 4))
