# for-loops that unpack the pairs of enumerate() and zip() (taken without the tuple
# by FOR_ITER): every shape of target, lengths, starts, errors and side effects.
import sys

print([(i, c) for i, c in enumerate("abc")])
for i, c in enumerate("xyz", start=10):
    print(i, c, end="; ")
print()
for i, c in enumerate([], 5):
    print("never")
big = sys.maxsize - 1
for i, c in enumerate("abcd", big):
    print(i, c)
for i, c in enumerate("ab", -3):
    print(i, c)
for i, c in enumerate("ab", 2 ** 70):
    print(i, c)

a, b = [1, 2, 3], "xy"
for x, y in zip(a, b):
    print(x, y)
for x, y in zip(b, a):
    print(x, y)
for x, y in zip([], a):
    print("never")

# The first iterator's item is consumed when the second runs out.
it1 = iter(range(5))
it2 = iter("ab")
print(list(zip(it1, it2)), next(it1))
it1 = iter(range(5))
it2 = iter("ab")
for x, y in zip(it1, it2):
    pass
print("after loop:", next(it1))

def gen(name, n):
    for k in range(n):
        print("  %s yields %d" % (name, k))
        yield k
for x, y in zip(gen("g1", 3), gen("g2", 2)):
    print("pair", x, y)

# Nested targets and star targets unpack as written.
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
for (i, p), q in zip(enumerate("ab"), "cd"):
    print(i, p, q)
for i, *rest in enumerate("ab"):
    print(i, rest)
pairs = {}
for pairs["k"], pairs["v"] in zip("ab", "cd"):
    print(pairs)

# Three-way zip and strict zip take the general path.
for x, y, z in zip("ab", "cd", "ef"):
    print(x, y, z)
for x, y in zip("ab", "cd", strict=True):
    print(x, y)
try:
    for x, y in zip("abc", "cd", strict=True):
        print(x, y)
except ValueError as e:
    print("ValueError:", e)

# Wrong sizes still raise what CPython raises.
try:
    for x, y in zip("ab", ["cd", "ef"]):
        pass
    for x, (y, z) in zip("ab", ["cd", "efg"]):
        print(x, y, z)
except ValueError as e:
    print("ValueError:", e)

# An error inside the source iterator propagates.
def boom():
    yield 1
    raise KeyError("inner")
try:
    for i, v in enumerate(boom()):
        print(i, v)
except KeyError as e:
    print("KeyError:", e)

# The loop variables are ordinary locals and globals.
def in_function():
    total = 0
    for i, v in enumerate(range(100)):
        total += i * v
    for x, y in zip(range(10), range(10, 20)):
        total += x * y
    return total
print(in_function())
for gi, gv in enumerate("q"):
    pass
print(gi, gv)

# The enumerate object itself, when the loop stops early, resumes where it was.
e = enumerate("abcdef")
for i, c in e:
    if i == 2:
        break
print(next(e), list(e))
z = zip("abcdef", range(6))
for c, i in z:
    if i == 1:
        break
print(next(z), list(z))
