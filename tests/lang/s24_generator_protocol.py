# Generators driven by send/throw/close, yield from delegation, return values,
# cleanup in finally, and the errors the protocol raises.
import itertools


def accumulator():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("  acc caught", e)
                total = 0
                continue
            if x is None:
                break
            total += x
    finally:
        print("  acc finally, total", total)
    return total


g = accumulator()
print(next(g), g.send(5), g.send(10), g.throw(ValueError("reset")), g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
print(g.gi_frame, g.gi_running)


def inner():
    received = []
    while len(received) < 3:
        v = yield len(received)
        received.append(v)
    return received


def outer():
    r = yield from inner()
    print("  inner returned", r)
    r2 = yield from (i * i for i in range(3))
    print("  genexp returned", r2)
    return "done"


o = outer()
print(next(o), o.send("a"), o.send("b"))
print(o.send("c"), list(o))


def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
    finally:
        print("  closer finally")


c = closer()
next(c)
c.close()
c.close()
print("closed again ok", list(c))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)

fresh = closer()
try:
    fresh.throw(KeyError, "k")
except KeyError as e:
    print("unstarted throw ->", repr(e))
try:
    accumulator().send(1)
except TypeError as e:
    print("TypeError", e)


def leaks_stop():
    yield 1
    raise StopIteration("inside")


try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))


def reentrant():
    yield gen_ref.send(None)


gen_ref = reentrant()
try:
    next(gen_ref)
except ValueError as e:
    print("ValueError", e)


def delegating_throw():
    try:
        yield from accumulator()
    except ZeroDivisionError as e:
        print("  outer got", repr(e))
        yield "recovered"


d = delegating_throw()
next(d)
d.send(4)
print(d.throw(ValueError("v")))
print(d.throw(ZeroDivisionError("z")))
counter = itertools.count(10, 5)
pairs = zip(counter, (c for c in "abc"))
print(list(pairs), next(counter))
gen = (x for x in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__, next(gen), list(gen), list(gen))
