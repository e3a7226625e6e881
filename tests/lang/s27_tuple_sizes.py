# tuples of every size around the inline limit: building, star-args, equality,
# ordering, hashing as dict keys, slicing, concatenation, unpacking and the order
# in which a tuple's items are released.
def star(*args):
    return args


for n in range(9):
    t = tuple(range(n))
    s = star(*t)
    built = eval("(" + "".join("%d," % i for i in range(n)) + ")")
    print(n, t, s == t, built == t, hash(t) == hash(built), t[1:-1], t[::-2], t + t[:2])
    print(len(t), t < t + (0,), t > t[:-1] if n else None, t.count(0), t * 2 == t + t)

keys = {}
for n in range(9):
    keys[tuple(str(i) for i in range(n))] = n
print(sorted(keys.items())[:4], keys[("0", "1", "2", "3", "4", "5")])
print(max((("w1", "v2"), 3), (("w1", "v10"), 3), (("w0", "v9"), 4)))
print(min([((i % 3, -i), str(i)) for i in range(10)]))

a, b, c, d, e, f = star(1, 2, 3, 4, 5, 6)
print(a, f)
try:
    a, b = star(1, 2, 3)
except ValueError as err:
    print("ValueError:", err)

nested = ((1, (2, (3, (4, (5, (6, ())))))),)
print(nested, nested == ((1, (2, (3, (4, (5, (6, ())))))),))
e0 = ()
print(e0 is tuple(), tuple() == (), (1, 2.5, "x", None, True, [1], {2: 3}))
print(repr((1,)), repr(()), str((1, "a")))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def release(n):
    t = tuple(Noisy(i) for i in range(n))
    print("made", len(t))
    del t


release(3)
release(7)


class T(tuple):
    pass


tt = T((1, 2, 3))
print(tt, type(tt).__name__, tt == (1, 2, 3), tt[1:], type(tt[1:]).__name__)
x = (1 << 100, -5, 2.5)
print(x, x == (1 << 100, -5, 2.5), hash(x) == hash((1 << 100, -5, 2.5)))
print(divmod(7, 2), (1, 2) + (3,), sorted(((2, "b"), (1, "a"), (2, "a"))))
