# Set iteration order after adds and discards: the slot a key lands in (home slot,
# linear run, perturbed jump, reused dummy) decides the order, which must be CPython's.
import random

random.seed(11)
for trial in range(120):
    s = set()
    lo, hi = random.choice([(-20, 40), (0, 7), (-300, 300), (0, 100000)])
    for step in range(random.randint(1, 80)):
        k = random.randint(lo, hi)
        r = random.random()
        if r < 0.5:
            s.add(k)
        elif r < 0.9:
            s.discard(k)
        else:
            print(k in s, end=" ")
    print(list(s))

# The last dummy on the probe path is reused.
s = {0, 8, 16}
s.discard(0)
s.discard(8)
s.add(24)
s.add(32)
print(list(s))

# Keys that compare equal across types, strings, tuples, None, bools.
s = {1, 2.0, "a", (1, 2), None, True, frozenset({3})}
print(1.0 in s, 2 in s, "a" in s, (1, 2) in s, None in s, 1 in s, frozenset({3}) in s)
s.discard(2)
s.discard(1.0)
print(sorted(map(repr, s)))
s.add(2)
print(2 in s, 2.0 in s, len(s))

# Large and negative hashes, -1 (whose hash is -2), huge ints.
s = set()
for k in [-1, -2, 2**61 - 1, 2**61, -(2**61), 10**30, -(10**30), 0]:
    s.add(k)
print(list(s))
for k in [-1, 2**61, 10**30]:
    s.discard(k)
print(list(s), -2 in s, -1 in s)

# Churn in a big set, then order after a resize.
s = set(range(0, 2000, 3))
for k in range(0, 2000, 6):
    s.discard(k)
for k in range(1, 400, 7):
    s.add(k)
print(len(s), list(s)[:25], list(s)[-10:])
