# Generators that return a value, consumed by built-ins (the value is dropped) and by next()
def g1():
    yield 1
    return "r"
def g2():
    yield from [1, 2]
    return "done"
def g3():
    x = yield from g2()
    yield x
print(list(g1()), tuple(g2()), list(g3()), sorted(g1()), set(g2()))
print(sum(g2()), max(g2()), "-".join(map(str, g1())), dict(enumerate(g2())))
print([x for x in g1()], any(g2()), all(g1()), list(zip(g1(), g2())))
a, *b = g2()
print(a, b, *g1())
it = g1()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
it = g1(); next(it)
print(next(it, "default"))
it = g2()
print(next(it), next(it), next(it, None))
def empty():
    return 5
    yield
print(list(empty()), next(empty(), "d"))
try:
    next(empty())
except StopIteration as e:
    print("value", e.value)
import itertools
print(list(itertools.chain(g1(), g2())), list(itertools.islice(g2(), 5)))
def ret_none():
    yield 1
    return None
r = ret_none(); next(r)
try:
    next(r)
except StopIteration as e:
    print(repr(e.value), e.args)
