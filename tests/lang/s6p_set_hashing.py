# Sets with mixed key types, equal-but-different keys and colliding hashes.

def show(label, s):
    print(label, sorted(s, key=repr), len(s))

# 1, 1.0 and True are one key: the first one stored stays.
s = {1, 1.0, True}
print(s, len(s), type(next(iter(s))).__name__)
s = {True, 1, 1.0}
print(s, type(next(iter(s))).__name__)
s = {0, 0.0, False, -0.0}
print(s, len(s))
s = set()
s.add(1.0)
s.add(1)
s.add(True)
print(s, 1 in s, 1.0 in s, True in s, 2 in s)
s.discard(True)
print(s, len(s))

# -1 and -2 hash alike in CPython (hash(-1) == -2) but are different keys.
print(hash(-1), hash(-2), hash(-1) == hash(-2))
s = {-1, -2}
print(sorted(s), len(s), -1 in s, -2 in s, -3 in s)
s.discard(-1)
print(s, -1 in s, -2 in s)
s.add(-1)
s.remove(-2)
print(s)

# Values whose hashes wrap around the modulus 2**61 - 1.
M = 2 ** 61 - 1
big = [M, M + 1, -M, -M - 1, 2 ** 62, -(2 ** 62), 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 10 ** 30]
for b in big:
    print(b, hash(b), hash(float(b)) == hash(b) if float(b) == b else "inexact")
s = set(big)
print(len(s), M in s, 0 in s, 1 in s, (M + 1) in s)
s2 = {0, 1, 2}
print(sorted(s2 & {M, M + 1, M + 2}), sorted(s2 | {M + 1}))
print(hash(2 ** 61 - 1) == 0, hash(-(2 ** 61 - 1)) == 0, hash(2 ** 61) == 1)

# Floats and ints mixed.
s = {0.5, 1.5, 2, 3.0, float("inf"), -float("inf")}
print(sorted(s), 3 in s, 2.0 in s, 1.5 in s, float("inf") in s)
nan = float("nan")
s = {nan, nan}
print(len(s), nan in s, nan == nan)

# Strings, tuples, frozensets, None together.
s = {"a", ("a",), frozenset("a"), None, b"a", 1, "é", "日本"}
print(len(s), "a" in s, ("a",) in s, frozenset({"a"}) in s, None in s, b"a" in s)
print({"é", "日本"} <= s, s >= {None}, s.isdisjoint({"b", 2}))
# A set key looked up as a frozenset.
fs = {frozenset({1, 2}), frozenset()}
print({1, 2} in fs, set() in fs, {3} in fs)
fs.discard({1, 2})
print(fs)
try:
    fs.remove({9})
except KeyError as e:
    print("KeyError", e)

# Operations between mixed-type sets.
a = {1, 2.0, "x", (1, 2)}
b = {1.0, 2, "y", (1, 2)}
show("and", a & b)
show("or", a | b)
show("sub", a - b)
show("xor", a ^ b)
print(a == {1, 2, "x", (1, 2)}, a < a | b, a.issubset(a | b), a.issuperset([1, 2]))
print(frozenset(a) == a, type(frozenset(a) | a).__name__, type(a | frozenset(a)).__name__)

# Unhashable keys.
for bad in ([], {}, {1: 2}):
    for op in ("in", "add", "discard", "remove"):
        try:
            if op == "in":
                bad in {1}
            else:
                getattr({1}, op)(bad)
        except TypeError as e:
            print(op, type(bad).__name__, e)

# User classes with colliding hashes and custom equality.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%r)" % self.v

s = {K(i) for i in range(20)}
print(len(s), K(5) in s, K(25) in s, 7 in s)
for i in range(0, 20, 2):
    s.discard(K(i))
print(sorted(s, key=lambda k: k.v))
s |= {K(0), K(1)}
print(len(s))

class H(int):
    def __hash__(self):
        return -1
print(hash(H(5)))
s = {H(5), 5}
print(len(s))

class Bad:
    def __hash__(self):
        return "no"
try:
    {Bad()}
except TypeError as e:
    print("TypeError", e)
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()) == hash(2 ** 70), Big() in {1})
