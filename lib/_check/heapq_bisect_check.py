"""Compare lib/heapq.py and lib/bisect.py with CPython's."""
import sys, os, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report, eq
import heapq as CH, bisect as CB
WH = load('heapq')
WB = load('bisect')
rnd = random.Random(5)
for trial in range(200):
    data = [rnd.randrange(50) for _ in range(rnd.randrange(0, 60))]
    def ops(m, data=data):
        h = list(data)
        m.heapify(h)
        out = [list(h)]
        for x in data[:10]:
            m.heappush(h, x)
        out.append(list(h))
        out.append([m.heappop(h) for _ in range(min(5, len(h)))])
        out.append(list(h))
        if h:
            out.append(m.heapreplace(h, 25))
        out.append(m.heappushpop(h, 10))
        out.append(list(h))
        return out
    both('heap ops %d' % trial, ops, WH, CH)
    for n in [-1, 0, 1, 2, 5, 100]:
        both('nsmallest %d %d' % (trial, n), lambda m: m.nsmallest(n, data), WH, CH)
        both('nlargest %d %d' % (trial, n), lambda m: m.nlargest(n, data), WH, CH)
        pairs = [(x, i) for i, x in enumerate(data)]
        both('nsmallest key %d %d' % (trial, n), lambda m: m.nsmallest(n, pairs, key=lambda p: p[0] % 7), WH, CH)
        both('nlargest key %d %d' % (trial, n), lambda m: m.nlargest(n, iter(pairs), key=lambda p: p[0] % 7), WH, CH)
    parts = [sorted(rnd.sample(range(100), rnd.randrange(0, 8))) for _ in range(rnd.randrange(0, 5))]
    both('merge %d' % trial, lambda m: list(m.merge(*parts)), WH, CH)
    tagged = [[(x // 3, j) for x in p] for j, p in enumerate(parts)]
    both('merge key %d' % trial, lambda m: list(m.merge(*tagged, key=lambda t: t[0])), WH, CH)
    rtagged = [sorted(p, reverse=True) for p in tagged]
    both('merge rev %d' % trial, lambda m: list(m.merge(*rtagged, key=lambda t: t[0], reverse=True)), WH, CH)
    both('merge rev nokey %d' % trial, lambda m: list(m.merge(*[sorted(p, reverse=True) for p in parts], reverse=True)), WH, CH)
    s = sorted(data)
    for x in range(-1, 52, 3):
        for lo, hi in [(0, None), (2, 5), (1, None), (0, 0)]:
            both('bisect %d %d %r' % (trial, x, (lo, hi)), lambda m: (m.bisect_left(s, x, lo, hi), m.bisect_right(s, x, lo, hi), m.bisect(s, x, lo, hi)), WB, CB)
        both('bisect key %d %d' % (trial, x), lambda m: (m.bisect_left(s, x, key=lambda v: v + 1), m.bisect_right(s, x, key=lambda v: v + 1)), WB, CB)
    def ins(m):
        l = []
        for x in data:
            m.insort(l, x)
            m.insort_left(l, x)
        k = []
        for x in data:
            m.insort_right(k, (x, 'r'), key=lambda t: t[0])
            m.insort_left(k, (x, 'l'), key=lambda t: t[0])
        return l, k
    both('insort %d' % trial, ins, WB, CB)
for bad in [lambda m: m.heappop([]), lambda m: m.heapreplace([], 1), lambda m: m.heappush((), 1), lambda m: m.heapify(()),
            lambda m: m.heappop(()), lambda m: m.heappushpop([], 1)]:
    both('heap bad %d' % bad.__code__.co_firstlineno, bad, WH, CH)
both('bisect lo neg', lambda m: m.bisect_left([1], 1, -1), WB, CB)
both('bisect kw', lambda m: m.bisect_left([1, 2, 3], 2, lo=1, hi=3), WB, CB)
sys.exit(report() and 1)
