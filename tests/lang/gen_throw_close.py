def g():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        yield "caught " + str(e)
    yield "end"
it = g()
print(next(it), it.throw(KeyError("k")), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
it = g()
try:
    it.throw(ValueError("before start"))
except ValueError as e:
    print("ValueError", e)
print(list(it))
it = g(); next(it)
print(it.close(), it.close(), list(it))
def h():
    yield 1
it = h()
try:
    it.throw(TypeError)
except TypeError as e:
    print("TypeError thrown", repr(e))
def finalizer():
    try:
        yield
    finally:
        print("cleaned up")
f = finalizer(); next(f); f.close()
def returns():
    x = yield
    return x * 2
r = returns(); next(r)
try:
    r.send(21)
except StopIteration as e:
    print("returned", e.value)
def outer():
    result = yield from returns()
    yield "outer got", result
o = outer(); next(o)
print(o.send(5))
def inner_raises():
    yield 1
    raise ValueError("from inner")
def delegating():
    try:
        yield from inner_raises()
    except ValueError as e:
        yield "delegator caught " + str(e)
print(list(delegating()))
gen = (i for i in range(3))
print(next(gen), gen.send(None), list(gen))
try:
    (i for i in range(3)).throw(RuntimeError("genexpr"))
except RuntimeError as e:
    print("RuntimeError", e)
