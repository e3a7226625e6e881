# Calls with keyword arguments of plain functions, which weft binds into positional
# order and runs inline: every order, defaults (shared mutable ones too), positional-only
# parameters, closures, recursion, many parameters, and each error CPython raises.
def f(a, b, c=3, d=4):
    return (a, b, c, d)


print(f(1, b=2), f(b=2, a=1), f(1, 2, d=9), f(d=8, c=7, b=6, a=5), f(1, d=0, b=2))


def g(x, y=[], /, z=None):
    y.append(x)
    return (x, len(y), z)


print(g(1, z=2), g(2, z=3), g(3, [9], z=4))


def many(a, b, c, d, e, f, g, h, i=9, j=10):
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10


print(many(1, 2, 3, 4, 5, 6, 7, h=8), many(h=1, g=2, f=3, e=4, d=5, c=6, b=7, a=8, j=0, i=1))


def outer(k):
    def inner(p, q=k):
        return p * q
    return inner


h = outer(3)
print(h(p=2), h(q=5, p=2), h(2, q=1))


def fact(n, acc=1):
    return acc if n <= 1 else fact(acc=acc * n, n=n - 1)


print(fact(n=10), fact(5, acc=2))


def gen(a, b=2):
    yield a
    yield b


print(list(gen(b=5, a=1)))


def star(a, *rest, key=None, **kw):
    return (a, rest, key, sorted(kw))


print(star(1, key=2, z=3), star(a=1))


class C:
    def m(self, a, b=2):
        return (a, b)


print(C().m(b=5, a=1), C.m(C(), a=3))

for call in [
    lambda: f(1, a=2),
    lambda: f(1, 2, e=5),
    lambda: f(c=1),
    lambda: f(1, b=2, b2=3),
    lambda: g(x=1),
    lambda: f(1, 2, 3, 4, d=5),
    lambda: many(1, 2, 3, 4, 5, 6, 7, i=1),
    lambda: h(q=1),
]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

kwargs = {"b": 2, "a": 1}
print(f(**kwargs), f(1, **{"d": 0, "b": 5}))
print(max([3, 1, 2], key=lambda v: -v), sorted([3, 1, 2], reverse=True))
