# generator protocol corner cases: return values, yield from delegation, close/throw
def sub():
    x = yield 1
    print("sub got", x)
    return "sub-result"
def outer():
    r = yield from sub()
    print("delegated result", r)
    yield 2
g = outer()
print(next(g), g.send("hello"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("closing")
        raise
g = closer(); next(g); g.close(); g.close()
print("closed twice ok")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
g = catcher(); next(g)
g.throw(ValueError("x"))
g.throw(ValueError("y"))
def leaks_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)
def gen_ret():
    return 5
    yield
try:
    next(gen_ret())
except StopIteration as e:
    print("value", e.value)
g = (i * i for i in range(3))
print(list(g), list(g))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2), g2.gi_running)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def send_first():
    yield 1
try:
    send_first().send(5)
except TypeError as e:
    print("TypeError", e)
