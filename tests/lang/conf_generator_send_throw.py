def averager():
    total = count = 0
    avg = None
    while True:
        try:
            v = yield avg
        except ValueError as e:
            print("reset because", e)
            total = count = 0
            avg = None
            continue
        except GeneratorExit:
            print("closing averager at", count)
            raise
        if v is None:
            return (total, count)
        total += v
        count += 1
        avg = total / count

a = averager()
print(next(a))
for x in (10, 20, 30):
    print(a.send(x))
print(a.throw(ValueError("bad")))
print(a.send(5))
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
b = averager(); next(b); b.send(1); b.close(); b.close()
print(b.gi_frame)

def delegator():
    r = yield from averager()
    print("sub returned", r)
    yield "done"
d = delegator()
next(d); d.send(4); d.send(6)
print(d.send(None))

def pipeline():
    def read(lines):
        for ln in lines:
            yield ln.strip()
    def nonblank(it):
        return (l for l in it if l)
    def numbered(it, start=1):
        yield from enumerate(it, start)
    src = ["  a ", "", "b", "   ", "c  "]
    return list(numbered(nonblank(read(src))))
print(pipeline())

def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
    finally:
        print("countdown finally", n)
c = countdown(3)
print(next(c), next(c))
del c
import gc; gc.collect()
def bad():
    yield 1
    raise StopIteration("oops")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
g = (x * x for x in range(3))
print(next(g), list(g), list(g))
def ret():
    return 7
    yield
try:
    next(ret())
except StopIteration as e:
    print(e.value)
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled"
t = thrower(); next(t)
print(t.throw(KeyError))
try:
    t.throw(IndexError("x"))
except IndexError as e:
    print("propagated", e)
print(t.gi_running, t.gi_frame)
def closing_yield():
    try:
        yield 1
    except GeneratorExit:
        yield 2
cy = closing_yield(); next(cy)
try:
    cy.close()
except RuntimeError as e:
    print(e)
def me():
    yield next(gself)
gself = me()
try:
    next(gself)
except ValueError as e:
    print(e)
