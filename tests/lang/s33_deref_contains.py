# `if k in s:` where `s` is a free variable (a closure's set): every kind of container
# and key, `not in`, keys whose equality is Python code, unbound cells, threads.
import threading


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("  Key.__eq__", self.v, other)
        return self.v == other


class MySet(set):
    def __contains__(self, k):
        print("  MySet.__contains__", k)
        return set.__contains__(self, k)


def make(container):
    s = container

    def test(k):
        if k in s:
            return "in"
        return "out"

    def test_not(k):
        if k not in s:
            return "not in"
        return "in"

    return test, test_not


for name, c in [
    ("set", {1, 2, "a", "héllo", 2**70, (1, 2)}),
    ("frozenset", frozenset({1, 2, "a"})),
    ("empty", set()),
    ("dict", {1: "x", "a": "y"}),
    ("list", [1, 2, "a"]),
    ("str", "abc"),
    ("MySet", MySet({1, "a"})),
]:
    t, tn = make(c)
    print(name)
    for k in [1, 3, -1, 0, True, 1.0, "a", "b", "héllo", 2**70, (1, 2), None]:
        try:
            print(" ", repr(k), t(k), tn(k))
        except TypeError as e:
            print(" ", repr(k), "TypeError:", e)

# A set holding a key whose __eq__ is Python code, probed with an int of its hash.
t, tn = make({Key(5), 7})
print("Key set")
print(" ", t(5), tn(5))
print(" ", t(7), tn(6))


# Unhashable keys.
t, tn = make({1})
for k in [[1], {}, {1}]:
    try:
        t(k)
    except TypeError as e:
        print("TypeError:", e)


# A str subclass key with its own __eq__/__hash__.
class S(str):
    def __hash__(self):
        return str.__hash__(self)

    def __eq__(self, other):
        print("  S.__eq__")
        return str.__eq__(self, other)


t, tn = make({"a", "b"})
print("S key", t(S("a")), t(S("z")))


# The cell rebound between tests, and an unbound free variable.
def rebinding():
    s = {1}

    def test(k):
        return "in" if k in s else "out"

    r = [test(1)]
    s = {2}
    r.append(test(1))
    s = [1]
    r.append(test(1))
    return r


print(rebinding())


def unbound():
    def test(k):
        if k in s:
            return "in"
        return "out"

    try:
        test(1)
    except NameError as e:
        print("NameError:", e)
    s = {1}
    return test(1)


print(unbound())

# The closure called from another thread (the set was made by this one), and a set
# mutated between calls.
t, tn = make({1, 2, 3})
out = []
th = threading.Thread(target=lambda: out.extend(t(k) for k in range(5)))
th.start()
th.join()
print(out)

seen = set()


def count_new(items):
    n = 0
    for x in items:
        if x in seen:
            continue
        seen.add(x)
        n += 1
    return n


def outer(items):
    found = set()
    n = 0
    for x in items:
        if x in found:
            continue
        found.add(x)
        n += 1
    return n, sorted(found, key=str)


print(count_new([1, 2, 2, 3, 1, "a", "a"]), outer([5, 5, 6, "x", "x", 7]))


def nested():
    cols = set()
    res = []

    def place(row):
        for c in range(4):
            if c in cols:
                continue
            if row == 2:
                res.append(c)
                continue
            cols.add(c)
            place(row + 1)
            cols.discard(c)

    place(0)
    return res


print(nested())


# A memo dict in a closure, with int and str keys and a key whose __eq__ is Python code.
def memo_fib():
    memo = {}

    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r

    return fib, memo


fib, memo = memo_fib()
print(fib(80), len(memo))
memo[Key(3)] = "k"
t, tn = make(memo)
print(t(3), tn(3), t("x"), tn(200))
