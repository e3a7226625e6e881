# Subscripts of a local by a constant or a local (the VM fuses these groups): every
# fallback must behave like the plain instructions.
class L(list):
    def __getitem__(self, i):
        return ("L", i)

    def __setitem__(self, i, v):
        print("L set", i, v)


def reads(c, i):
    out = []
    out.append(c[0])
    out.append(c[-1])
    out.append(c[i])
    x = c[i]
    out.append(x)
    return out


def writes(c, i, v):
    c[0] = v
    c[-1] = v
    c[i] = v
    return c


def attempt(fn, *args):
    try:
        print(fn.__name__, fn(*args))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)


for c, i in [([1, 2, 3], 1), ((4, 5, 6), -2), ("abc", 2), (b"xyz", 0), (L([7, 8]), 1),
             ({0: "a", -1: "b", 5: "c"}, 5), (range(10), 3), ([1, 2, 3], 10),
             ([1, 2, 3], -4), ([1, 2, 3], "1"), ([1, 2, 3], 1.0), ([1, 2, 3], True),
             ([], 0), (None, 0), ([1, 2, 3], 2**70)]:
    attempt(reads, c, i)

for c, i in [([1, 2, 3], 1), ([0] * 4, -3), (L([7, 8]), 1), ({}, "k"), ((1, 2), 0),
             ([1, 2], 5), ([1, 2], -3), ([1], "0"), ("ab", 0), (bytearray(b"ab"), 1)]:
    attempt(writes, c, i, 9 if not isinstance(c, bytearray) else 65)

# an unbound local as the container or the index
def unbound_container():
    if False:
        c = []
    return c[0]


def unbound_index():
    c = [1]
    if False:
        i = 0
    return c[i]


def unbound_store():
    if False:
        c = []
    c[0] = 1


attempt(unbound_container)
attempt(unbound_index)
attempt(unbound_store)

# values stored through the fast path are released once (finalizers run once)
class D:
    n = 0

    def __del__(self):
        D.n += 1


def churn():
    c = [None, None]
    for k in range(5):
        c[0] = D()
        c[1] = c[0]
        c[1] = None
    c[0] = None
    return D.n


print("finalized", churn())

# a traceback through a fused subscript points at its line
def deep(c):
    a = 1
    return c[a] + c[5]


deep([1, 2, 3])
