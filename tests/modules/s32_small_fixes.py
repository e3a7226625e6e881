"""Small conformance fixes.

a. dir(bisect) lists only CPython's names (no helpers of weft's fast path).
b. copy, deepcopy and pickle of random.Random (a Python class with __reduce__) work;
   _random.Random instances and those of subclasses without a __reduce__ of their own
   cannot be copied or pickled ("cannot pickle '_random.Random' object"), where weft's
   copy had made a blank generator. (Protocols 0 and 1 are left out: CPython names the
   class there as copyreg's _reduce_ex does, 'Random'.)
"""
import _random
import bisect
import copy
import pickle
import random


def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {r!r}")


print("--- a. bisect")
print([n for n in dir(bisect) if not n.startswith("__")])
a = [1, 3, 5]
bisect.insort(a, 4)
bisect.insort_left(a, 0, key=lambda v: v)
print(a, bisect.bisect_left(a, 3), bisect.bisect(a, 3.0), bisect.bisect_right(a, 9, key=abs))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)

print("--- b. random.Random")
r = random.Random(1)
r.random()
c = copy.copy(r)
print("copy", type(c).__name__, c is r, c.random() == r.random(), c.getstate() == r.getstate())
d = copy.deepcopy(r)
print("deepcopy", type(d).__name__, d.random() == r.random())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(r, proto))
    print("pickle", proto, type(p).__name__, p.random() == r.random())


class R(random.Random):
    pass


print("subclass copy", type(copy.copy(R(2))).__name__, copy.deepcopy(R(2)).random() == R(2).random())
t("copy SystemRandom", lambda: copy.copy(random.SystemRandom()))

print("--- b. _random.Random")
u = _random.Random(1)
t("copy", lambda: copy.copy(u))
t("deepcopy", lambda: copy.deepcopy(u))
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    t(f"pickle {proto}", lambda: pickle.dumps(u, proto))
t("__reduce_ex__(4)", lambda: u.__reduce_ex__(4))


class U(_random.Random):
    pass


v = U(1)
v.x = 5
t("subclass copy", lambda: copy.copy(v))
t("subclass deepcopy", lambda: copy.deepcopy(v))
t("subclass pickle", lambda: pickle.dumps(v))
t("in a list, deepcopy", lambda: copy.deepcopy([u]))
