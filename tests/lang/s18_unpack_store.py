# `a, b = t` and `for k, v in pairs`: an exact tuple or list's items go straight into
# the locals; everything else (and every error) as the plain UNPACK_SEQUENCE.


class T(tuple):
    def __iter__(self):
        print("T.__iter__")
        return iter(("x", "y"))


class L(list):
    pass


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def main():
    t = (1, 2)
    a, b = t
    print(a, b)
    a, b, c = [3, 4, 5]
    print(a, b, c)
    a, a = (6, 7)
    print(a)
    p, q = T((8, 9))
    print(p, q)
    p, q = L([10, 11])
    print(p, q)
    p, q = "hi"
    print(p, q)
    x, y = {1: 2, 3: 4}
    print(x, y)
    for k, v in [("one", 1), ("two", 2), ["three", 3]]:
        print(k, v)
    total = 0
    for i, j, m in ((1, 2, 3), (4, 5, 6)):
        total += i * j * m
    print(total)
    u, w = D("first"), D("second")
    print("stored")
    u, w = (D("third"), D("fourth"))
    print("restored")
    del u, w
    for bad in [(1, 2, 3), (1,), [1, 2, 3], [], 5, None]:
        try:
            a, b = bad
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        e1, e2, e3 = (1, 2)
    except ValueError as e:
        print(e)
    try:
        print(e1)
    except UnboundLocalError as e:
        print(e)
    shared = [0, 0]

    class Eq:
        def __del__(self):
            shared.append("finalizer ran")

    s1, s2 = [Eq(), 2]
    s1, s2 = [1, 2]
    print(shared)


main()
