# Mutating a set while iterating it, and iteration order after churn.

s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(s))

s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
print(len(s))

# A remove followed by an add keeps the size: CPython does not notice either.
s = {1, 2, 3}
seen = []
for x in s:
    seen.append(x)
    if x == 1:
        s.remove(1)
        s.add(100)
print(len(s), sorted(s))

it = iter({1, 2})
s2 = {5}
it2 = iter(s2)
s2.clear()
try:
    next(it2)
except RuntimeError as e:
    print("RuntimeError", e)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")

# Iterator length hint and exhaustion.
s = set(range(10))
it = iter(s)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
print(list(it), list(it))

# Order after many adds and discards (dummies reused), as CPython orders it.
s = set()
for i in range(200):
    s.add(i * 7 % 101)
    if i % 3 == 0:
        s.discard(i * 5 % 101)
print(list(s)[:20], len(s))
s = set(range(50))
for i in range(0, 50, 2):
    s.remove(i)
for i in range(100, 110):
    s.add(i)
print(list(s))
print(s.pop(), s.pop(), len(s))

# Comprehensions and builtins over sets.
words = "the quick brown fox jumps over the lazy dog the end".split()
u = set(words)
print(sorted(u), len(u))
print(sorted({w[0] for w in words}), sum({1, 2, 3, 2, 1}), max({-5, 3, 0}), min(frozenset({4, 2})))
print(sorted(set("mississippi")), sorted(set()), set() == frozenset())
empty = set()
for x in empty:
    print("never")
print(list(enumerate(sorted({3, 1, 2}))))

# Thread-visible single operations: add/discard race with iteration copies.
import threading
shared = set()
def worker(base):
    for i in range(2000):
        shared.add(base + i)
        if i % 2:
            shared.discard(base + i - 1)
ts = [threading.Thread(target=worker, args=(k * 10000,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), sum(shared) % 1000003)
for size in (32, 64, 128):
    s = set(range(12))
    s.discard(1); s.discard(2)
    s.add(1 + size)
    s.add(2 + size)
    print(size, list(s))
