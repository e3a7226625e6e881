# list.sort/sorted follow CPython 3.11's timsort: the same __lt__ calls in the same order
# (count_run, binary insertion, powersort merges, galloping) and so the same result
# for inconsistent comparisons.
import random
class K:
    log = []
    def __init__(self, v, tag): self.v = v; self.tag = tag
    def __lt__(self, o):
        K.log.append((self.tag, o.tag))
        return self.v < o.v
    def __repr__(self): return f"K{self.v}/{self.tag}"

def digest(log):
    h = 0
    for a, b in log:
        h = (h * 1000003 + a * 7919 + b) % (2**61 - 1)
    return h

def run(vals, rev=False, keyed=False):
    K.log = []
    ks = [K(v, i) for i, v in enumerate(vals)]
    if keyed:
        out = sorted(range(len(ks)), key=lambda i: ks[i], reverse=rev)
        out = [ks[i] for i in out]
    else:
        out = sorted(ks, reverse=rev)
    return len(K.log), digest(K.log), [k.tag for k in out][:20]

rng = random.Random(12345)
for n in [0, 1, 2, 3, 5, 10, 31, 63, 64, 65, 100, 200, 1000, 3000]:
    for kind in ["rand", "dups", "sorted", "rev", "saw", "mostly"]:
        if kind == "rand": vals = [rng.random() for _ in range(n)]
        elif kind == "dups": vals = [rng.randrange(5) for _ in range(n)]
        elif kind == "sorted": vals = list(range(n))
        elif kind == "rev": vals = list(range(n, 0, -1))
        elif kind == "saw": vals = [i % 37 for i in range(n)]
        else:
            vals = list(range(n))
            for _ in range(n // 20 + 1):
                if n > 1:
                    i, j = rng.randrange(n), rng.randrange(n); vals[i], vals[j] = vals[j], vals[i]
        print(n, kind, run(vals), run(vals, rev=True), run(vals, keyed=True))

# inconsistent comparisons
class Odd:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return (self.v * 7 + o.v * 13) % 5 < 2
for n in [5, 10, 40, 63, 100, 500, 2000]:
    l = [Odd(i) for i in range(n)]
    l.sort()
    print(n, [o.v for o in l][:40])

# raising midway: list stays a permutation, same order as CPython
class Boom:
    count = 0
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        Boom.count += 1
        if Boom.count == Boom.limit: raise ValueError("boom")
        return self.v < o.v
for n, lim in [(10, 5), (10, 20), (50, 100), (50, 200), (300, 1000), (300, 1500), (2000, 15000)]:
    for rev in [False, True]:
        Boom.count = 0; Boom.limit = lim
        r2 = random.Random(n)
        l = [Boom(r2.randrange(1000)) for _ in range(n)]
        try:
            l.sort(reverse=rev)
        except ValueError as e:
            print("err", e, Boom.count)
        print(n, lim, rev, [b.v for b in l][:30], sorted(b.v for b in l) == sorted(r2.randrange(1) * 0 + b.v for b in l))

# printing comparisons
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print(f"{self.v}<{o.v}", end=" ")
        return self.v < o.v
l = [P(v) for v in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0]]
l.sort(); print()
print([p.v for p in l])
