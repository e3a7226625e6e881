def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
for call in [lambda: pos(1, b=2, c=3, d=4), lambda: pos(1, 2, 3, 4), lambda: pos(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(x, y):
    return x - y
for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g(1, x=2), lambda: g(1, 2, z=3), lambda: g()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def h(*, k):
    return k
try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
try:
    h()
except TypeError as e:
    print("TypeError:", e)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults(), defaults([0]))
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos.__code__.co_posonlyargcount)
def star(*a): return a
print(star(), star(1), star(*"ab", *[1]))
def kws(**k): return k
print(kws(), kws(a=1, **{"b": 2}))
try:
    kws(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    g(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    kws(**[1])
except TypeError as e:
    print("TypeError:", e)
def ann(a: int, b: "str" = "x") -> list:
    pass
print(ann.__annotations__)
def doc():
    "docstring here"
print(doc.__doc__, f.__doc__)
def ret_none(): pass
print(ret_none())
def multi(): return 1, 2
print(multi())
def kwonly_default(a, *, b=1, c): return a, b, c
print(kwonly_default(0, c=2))
try:
    kwonly_default(0)
except TypeError as e:
    print("TypeError:", e)
def two_missing(a, b, c): pass
try:
    two_missing(1)
except TypeError as e:
    print("TypeError:", e)
