def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get(): return count
    def reset():
        nonlocal count
        count = start
    return inc, get, reset
inc, get, reset = make_counter(10, 5)
print(inc(), inc(), get()); reset(); print(get())
def make_adders(n): return [lambda x, i=i: x + i for i in range(n)]
print([f(100) for f in make_adders(5)])
def compose(*fs):
    def composed(x):
        for f in reversed(fs): x = f(x)
        return x
    return composed
print(compose(str, lambda x: x * 2, abs)(-21))
def memoize(f):
    cache = {}
    def w(*a):
        if a not in cache: cache[a] = f(*a)
        return cache[a]
    w.cache = cache
    return w
@memoize
def slow(n): return n if n < 2 else slow(n - 1) + slow(n - 2)
print(slow(90), len(slow.cache))
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
print([acc(v) for v in range(6)])
x = 0
def outer():
    x = 1
    def middle():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        return inner(), x
    return middle(), x
print(outer(), x)
total = 0
for i in range(10000):
    total += inc()
print(total)
