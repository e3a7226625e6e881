# generators and closures in depth: send/throw protocols, yield from delegation, scoping
def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return (count, avg)
        total += term; count += 1; avg = total / count
def grouper(results, key):
    while True:
        results[key] = yield from averager()
data = {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
print(results)
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), {"k": 1}, (x for x in [9]))))
def tree(n):
    if n:
        yield n
        yield from tree(n - 1)
        yield from tree(n - 1)
print(list(tree(3)))
def deep_throw():
    try:
        yield from inner_gen()
    except KeyError as e:
        yield f"outer got {e!r}"
def inner_gen():
    yield "inner 1"
    yield "inner 2"
dt = deep_throw(); print(next(dt), dt.throw(KeyError("x")))
def ret_in_finally():
    try:
        yield 1
    finally:
        print("cleanup runs")
for v in ret_in_finally():
    print("got", v)
    break
def fib_memo():
    cache = {}
    def fib(n):
        if n in cache: return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib
fm = fib_memo(); print(fm(90), fm.__closure__ is not None, len(fm.__code__.co_freevars))
def make_counters():
    fs = []
    for i in range(3):
        def f(_i=i): return _i * 10
        fs.append(f)
    return [f() for f in fs]
print(make_counters())
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    return mid()
inc = outer(); print(inc(), inc(), inc.__code__.co_freevars)
class K:
    x = 10
    ys = [x for _ in range(2)] if False else None
    def m(self): return x_global
x_global = "module level"
print(K().m(), K.ys)
gen = (i for i in range(3))
print(gen.__name__, gen.gi_running, next(gen), list(gen), gen.gi_frame)
def counter_gen():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset": n = 0
        elif cmd == "stop": return "stopped at %d" % n
        else: n += 1
cg = counter_gen(); next(cg)
print(cg.send(None), cg.send(None), cg.send("reset"), cg.send(None))
try: cg.send("stop")
except StopIteration as e: print(e.value)
print(list(zip(counter_gen(), "abc")))
lazy = map(lambda s: s.upper(), iter(["a", "b"]))
print(next(lazy), list(lazy), list(lazy))
