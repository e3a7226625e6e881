# Simple functions: arithmetic, comparisons, calls, attribute access, loops.


def add(a, b):
    return a + b


def arith(x, y):
    z = x * y - x // y + x % y
    z = z ** 2 / 3
    return -z, +z, ~x


def inplace(n):
    total = 0
    total += n
    total -= 1
    total *= 2
    total //= 3
    total <<= 1
    total |= 4
    return total


def bitwise(a, b):
    return a & b, a | b, a ^ b, a << 2, b >> 1


def compare(a, b):
    return a < b, a <= b, a == b, a != b, a > b, a >= b


def identity(a, b):
    return a is b, a is not b, a in b, a not in b


def chained(a, b, c):
    return a < b < c


def countdown(n):
    while n > 0:
        n -= 1
    return n


def sum_list(items):
    total = 0
    for item in items:
        total = total + item
    return total


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return -1


def loop_break(items):
    for x in items:
        if x is None:
            break
        print(x)
    else:
        print("done")


def loop_continue(items):
    n = 0
    for x in items:
        if x < 0:
            continue
        n += x
    return n


def nested_loops(rows, cols):
    out = []
    for r in range(rows):
        for c in range(cols):
            out.append(r * c)
    return out


def calls(f, x):
    f()
    f(x)
    f(x, 1, "a")
    return len(str(x))


def kwcalls(f, x):
    return f(x, key=1, other="y")


def star_calls(f, args, kwargs):
    return f(*args, **kwargs)


def method_calls(obj):
    obj.run()
    obj.run(1, 2)
    return obj.name.upper()


def attributes(p):
    p.x = p.y + 1
    del p.z
    return p.x


def subscripts(d, k):
    d[k] = d[k] + 1
    del d["old"]
    return d[1:2], d[::2], d[k:]


def branches(x):
    if x > 10:
        return "big"
    elif x > 5:
        return "medium"
    else:
        return "small"


def boolean(a, b, c):
    return a and b or c


def not_test(a):
    if not a:
        return 1
    return 2


def ternary(x):
    return "yes" if x else "no"


def globals_use():
    global counter
    counter = counter + 1
    return counter


def constants():
    return 1, 2.5, "text", b"bytes", None, True, (1, 2), -3


def build(a, b):
    return [a, b], (a, b), {a: b}, {a, b}


def unpack(pair):
    a, b = pair
    first, *rest = pair
    return a, b, first, rest


def swap(a, b):
    a, b = b, a
    return a, b


def defaults(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw


def fstrings(name, n):
    return f"{name}: {n!r} {n:>5} {n:{n}}"


def augmented_attr(obj, d):
    obj.count += 1
    d["k"] += 2


def empty():
    pass


def doc():
    "A docstring."
    return None


def assert_it(x):
    assert x, "x must be true"
    return x


def raise_it(x):
    if x:
        raise ValueError("bad", x)
    raise


def import_inside():
    import os
    from os import path as p
    return os, p


counter = 0
print(add(1, 2))
