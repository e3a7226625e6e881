# Augmented subscripts `c[k] op= v` on list items: the whole group's fast path and
# every way out of it (non-list containers, subclasses, bad keys, non-number items,
# overflow to big ints, errors and their tracebacks).

def numbers():
    b = [1.0, 2.0, 3.0, 4.0, 5, 6, 7]
    dx, m, i = 0.5, 0.25, 2
    b[3] -= dx * m
    b[1] += dx
    b[i] *= 3
    b[-1] //= 2
    b[4] += 1
    b[5] **= 2
    b[6] %= 4
    b[0] /= 3
    b[i] -= 1.5 + m
    b[-2] ^= 5
    b[4] |= 8
    b[4] &= 12
    b[0] += i * 2
    print(b)


def overflow():
    b = [2 ** 62, -2 ** 62, 3]
    b[0] += 2 ** 62
    b[1] -= 2 ** 62
    b[2] **= 100
    k = 0
    b[k] *= b[k]
    print(b)


def aliasing():
    b = [1, 2, 3]
    b[0] += b[2]
    j = 1
    b[j] += j * j
    b[2] *= b[0] * b[1]
    print(b)


def other_containers():
    d = {"a": 1, 0: 2.5}
    d["a"] += 1
    d[0] -= 0.5
    t = [[1], "s", (1,)]
    t[0] += [2]
    t[1] *= 3
    t[2] += (2,)
    print(d, t)

    class L(list):
        def __getitem__(self, i):
            print("get", i)
            return list.__getitem__(self, i)

        def __setitem__(self, i, v):
            print("set", i, v)
            list.__setitem__(self, i, v)

    l = L([1, 2])
    l[0] += 5
    l[1] *= 2.5
    print(l)

    class N:
        def __init__(self, v):
            self.v = v

        def __iadd__(self, o):
            print("iadd", o)
            return N(self.v + o)

        def __repr__(self):
            return f"N({self.v})"

    n = [N(1)]
    n[0] += 4
    print(n)
    b = [1, 2]
    b[True] += 10
    print(b)


def errors():
    b = [1.0, 2, "x"]
    k = 7
    try:
        b[k] += 1
    except IndexError as e:
        print("IndexError", e)
    try:
        b[-4] -= 1.0
    except IndexError as e:
        print("IndexError", e)
    try:
        b[0] /= 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    z = 0
    try:
        b[1] //= z
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        b[2] += 1
    except TypeError as e:
        print("TypeError", e)
    try:
        b[1.0] += 1
    except TypeError as e:
        print("TypeError", e)
    try:
        b["0"] += 1
    except TypeError as e:
        print("TypeError", e)
    try:
        b[0] **= 0.5 - 1000
        print(b[0])
        b[0] = -8.0
        b[0] **= 1 / 3
        print(b[0])
    except Exception as e:
        print(type(e).__name__, e)
    t = (1, 2)
    try:
        t[0] += 1
    except TypeError as e:
        print("TypeError", e)
    print(b)


def unbound():
    try:
        c[0] += 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    c = [1]
    try:
        c[0] += w
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    w = 2
    try:
        c[q] += w
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    q = 0
    c[q] += w
    print(c)
    if False:
        c = None


def loop():
    bodies = [[float(i), 0.0, 1.0] for i in range(5)]
    for _ in range(1000):
        for b in bodies:
            b[1] += 0.01 * b[0]
            b[2] -= b[1] * 0.001
    print(["%.9f" % x for b in bodies for x in b])


numbers()
overflow()
aliasing()
other_containers()
errors()
unbound()
loop()


def boom():
    b = [1, 2]
    i = 2
    b[i] += 1


boom()
