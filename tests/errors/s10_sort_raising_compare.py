# A comparison that raises partway through a sort leaves the list as the same
# partially sorted permutation CPython leaves; a failing key function leaves it unchanged.
import random
class Boom:
    count = 0
    limit = -1
    def __init__(self, v, t): self.v = v; self.t = t
    def __lt__(self, o):
        Boom.count += 1
        if Boom.count == Boom.limit: raise ValueError("boom")
        return self.v < o.v
rng = random.Random(7)
def mk(n, kind):
    if kind == 0:
        return [rng.randrange(n) for _ in range(n)]
    if kind == 1:  # several sorted runs
        out = []
        while len(out) < n:
            k = rng.randrange(1, 300)
            base = rng.randrange(n)
            out += sorted(rng.randrange(base, base + 2 * k + 1) for _ in range(k))
        return out[:n]
    if kind == 2:  # interleaved blocks
        return [(i // 50) * ((-1) ** (i // 50)) * 1000 + i % 50 for i in range(n)]
    return [i % 97 for i in range(n)][::-1]
tot = 0
for n in [70, 130, 600, 2500]:
    for kind in range(4):
        vals = mk(n, kind)
        Boom.count = 0; Boom.limit = -1
        l = [Boom(v, i) for i, v in enumerate(vals)]
        l.sort()
        total = Boom.count
        print(n, kind, total, [b.t for b in l][:10])
        for frac in [0.3, 0.6, 0.9, 0.97, 0.999]:
            Boom.count = 0; Boom.limit = int(total * frac) + 1
            l = [Boom(v, i) for i, v in enumerate(vals)]
            try:
                l.sort(reverse=frac > 0.5)
            except ValueError:
                pass
            h = 0
            for b in l: h = (h * 31 + b.t) % 1000000007
            print("  ", frac, h, sorted(b.t for b in l) == list(range(n)))

def badkey(x):
    if x == 3:
        raise KeyError(x)
    return -x
l = [5, 1, 4, 3, 2]
try:
    l.sort(key=badkey)
except KeyError as e:
    print("key failed", e, l)

class Grow:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("inside sort the list is", lst)
        lst.append(0)
        return self.v < o.v
lst = [Grow(2), Grow(1)]
try:
    lst.sort()
except ValueError as e:
    print(e, [getattr(g, "v", g) for g in lst])

class Raise:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 0 or o.v == 0:
            raise TypeError("no zero")
        return self.v < o.v
l = [Raise(v) for v in [9, 8, 7, 1, 2, 0, 5, 4]]
try:
    sorted(l)
except TypeError as e:
    print(e)
try:
    l.sort(key=lambda r: r)
except TypeError as e:
    print(e, [r.v for r in l])
