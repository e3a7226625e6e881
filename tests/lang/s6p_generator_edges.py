# Generator send/throw/close edges and the generator protocol.

def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally runs")

g = echo()
print(next(g), g.send("a"), g.send(None), g.send(3))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# send to a just-started generator
g = echo()
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
print(g.send(None))
del g

# throw: into a not-started generator, a running one, a finished one
def counter():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", e)
            n += 100
        n += 1

g = counter()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("not started: propagates", e)
try:
    next(g)
except StopIteration:
    print("and it is finished")
g = counter()
print(next(g), next(g), g.throw(ValueError("mid")), next(g))
print(g.throw(ValueError, "as type and value"))
print(g.throw(ValueError, ValueError("instance")))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError escapes", e)
try:
    g.throw(ValueError("after"))
except ValueError as e:
    print("finished generator re-raises", e)
try:
    g.throw(1)
except TypeError as e:
    print("TypeError", e)

# returning a value
def returner(n):
    for i in range(n):
        yield i
    return "done %d" % n

g = returner(2)
print(list(g))
g = returner(1)
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", repr(e.value), e.args)

def outer():
    r = yield from returner(3)
    print("inner returned", r)
    r2 = yield from []
    print("empty returned", r2)
    return r

print(list(outer()))

# yield from forwards send/throw/close
def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        y = yield "i2"
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    finally:
        print("inner finally")

def delegator():
    v = yield from inner()
    print("delegator after", v)
    yield "tail"

g = delegator()
print(next(g), g.send(10), g.throw(KeyError("k")), next(g))
g = delegator()
next(g)
g.close()
print("closed")

# StopIteration raised inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

# ignoring GeneratorExit
def stubborn():
    n = 0
    while True:
        try:
            yield 1
        except GeneratorExit:
            n += 1
            print("ignoring", n)
            if n > 1:
                return

g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
g.close()
print("closed the second time")

# running generator re-entered
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# generator state attributes
def simple():
    yield 1
g = simple()
print(g.gi_running, g.gi_frame is not None, g.__name__, g.__qualname__)
next(g)
list(g)
print(g.gi_frame)

# generator expressions and iterator chains
print(sum(x * x for x in range(10) if x % 2), list(zip((c for c in "ab"), iter([1, 2, 3]))))
it = (i for i in [])
print(next(it, "default"), list(it))
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(g))
print(list(map(str, (n for n in range(-3, 3)))), any(x > 2 for x in range(4)), all(x for x in []))

# many generators alive at once, resumed in turns
gens = [returner(i) for i in range(5)]
out = []
while gens:
    for g in list(gens):
        try:
            out.append(next(g))
        except StopIteration as e:
            out.append(e.value)
            gens.remove(g)
print(out)

# close() on a generator that returns a value while closing
def closer():
    try:
        yield 1
    except GeneratorExit:
        return 5
g = closer()
next(g)
print(g.close())

# throw with a traceback-bearing exception and exception context inside generator
def ctx():
    try:
        raise KeyError("a")
    except KeyError:
        yield "in handler"
        yield "still"
g = ctx()
print(next(g))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print(repr(e), repr(e.__context__))

# throw() argument checking
def one():
    yield 1
g = one()
next(g)
for a in [(), (ValueError("a"), 1), (ValueError, 1, None, 4), ("text",), (None,), (int,)]:
    try:
        g.throw(*a)
    except Exception as e:
        print(type(e).__name__, e)
print(next(g, "still alive"))
