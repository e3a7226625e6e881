def gen():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    return "done"
g = gen()
print(next(g))
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("StopIteration", e.value, e.args)
def echo():
    try:
        while True:
            try:
                v = yield
                print("echo", v)
            except ValueError as e:
                print("caught", e)
    finally:
        print("closing")
e = echo()
next(e)
e.send(1)
e.throw(ValueError("boom"))
e.send(2)
e.close()
print("closed")
def sub():
    yield 1
    yield 2
    return "subret"
def deleg():
    r = yield from sub()
    print("sub returned", r)
    yield from [10, 20]
    yield from range(2)
print(list(deleg()))
def inf():
    n = 0
    while True:
        yield n
        n += 1
import itertools
print(list(itertools.islice(inf(), 5)))
g = gen()
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        yield a
        a, b = b, a + b
print(list(fib(10)))
g = fib(3)
print(list(g), list(g))
def thrower():
    yield 1
    raise KeyError("k")
try:
    list(thrower())
except KeyError as e:
    print("KeyError", e)
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError", e)
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closer(); next(c); c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as e:
    print("RuntimeError", e)
def throw_through():
    yield from sub_t()
def sub_t():
    try:
        yield 1
    except ZeroDivisionError:
        yield "handled in sub"
t = throw_through(); next(t)
print(t.throw(ZeroDivisionError))
g = (x for x in range(3))
print(g.__name__, type(g).__name__)
def running():
    yield gr.gi_running
gr = running()
print(gr.gi_running, next(gr))
def ret_early():
    return 5
    yield
try:
    next(ret_early())
except StopIteration as e:
    print("value", e.value)
g = gen()
g.close()
print(list(g))
g = sub()
print(next(g))
try:
    g.throw(IndexError("thrown"))
except IndexError as e:
    print("IndexError", e)
print(list(g))
