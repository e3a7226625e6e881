# Chained arithmetic (`a * b + c`, `x = a - b`) that the VM fuses on numbers: the
# general path must take over for big ints, mixed types, errors and objects.
import sys


class N:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))

    __radd__ = __add__

    def __mul__(self, o):
        return N(self.v * (o.v if isinstance(o, N) else o))

    __rmul__ = __mul__

    def __repr__(self):
        return f"N({self.v})"


def chains(a, b, c):
    x = a * b + c
    y = c - a * b
    z = (a + b) * (b - c) / 4
    w = a * b * c * a * b * c
    return x, y, z, w


print(chains(2, 3, 4))
print(chains(1.5, -2.0, 0.25))
print(chains(2, 0.5, 3))
big = sys.maxsize
print(chains(big, big, 1))
print(chains(big, 2, -big))


def objects(a, b, c):
    x = a * b + c
    y = c + a * b
    return x, y


print(objects(N(2), 3, 4))
print(objects(2, N(3), 4))
print(objects(2, 3, N(4)))


def strings(s, t):
    u = s + t + s
    v = s * 2 + t
    return u, v


print(strings("x", "y"))


def errors():
    out = []
    for a, b, c in [(1, 0, 1), (1.0, 0.0, 2), (3, 2, 0)]:
        try:
            r = a + b / c
            out.append(r)
        except ZeroDivisionError as e:
            out.append(("ZeroDivisionError", str(e), sys.exc_info()[2].tb_lineno))
    try:
        r = 1 + 2 * "a"
    except TypeError as e:
        out.append(("TypeError", str(e)))
    try:
        r = 2 ** 0.5 - None
    except TypeError as e:
        out.append(("TypeError", str(e)))
    return out


print(errors())


def stored_then_read(a, b):
    x = a * b
    y = x + 1
    z = y - x
    w = z * z
    return x, y, z, w


print(stored_then_read(3, 4), stored_then_read(2.5, -1), stored_then_read(big, big))


def loop(n):
    acc = 0
    f = 0.0
    for i in range(n):
        acc = acc * 31 + i
        acc = acc % 1000003
        f = f * 0.5 + i / 3
    return acc, f


print(loop(1000))
i = 7
print(i * i - i // 2 + i % 3 - (i << 2) + (i ^ 5) + (i | 8) - (i & 3))
print(-7 // 2 + -7 % 3, 7.5 // 2 + 7.5 % 2, 2 ** -1 + 3 ** 2)
