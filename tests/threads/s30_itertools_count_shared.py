# itertools.count: its values, repr and pickling across the machine-int range and
# beyond, and next() from eight threads handing out unique numbers.
import itertools, threading, pickle, copy
c = itertools.count()
print(next(c), next(c), repr(c), c.__reduce__())
c = itertools.count(10, 3); next(c); print(repr(c), list(itertools.islice(c, 3)), repr(c))
c = itertools.count(-5, -2); print([next(c) for _ in range(3)], repr(c))
c = itertools.count(1.5, 0.5); print([next(c) for _ in range(3)], repr(c))
c = itertools.count(2**62 - 2); print([next(c) for _ in range(4)], repr(c))
c = itertools.count(2**62 - 3, 2); print([next(c) for _ in range(4)], repr(c))
c = itertools.count(-2**62 + 2, -1); print([next(c) for _ in range(4)], repr(c))
c = itertools.count(5, 0); print([next(c) for _ in range(3)], repr(c))
c = itertools.count(2**100, 2**99); print([next(c) for _ in range(2)], repr(c))
c = itertools.count(3, 2**40); print([next(c) for _ in range(2)], repr(c))
c = itertools.count(7); next(c); d = copy.copy(c); print(next(d), next(c), pickle.loads(pickle.dumps(c)))
c = itertools.count(True); print(next(c), next(c), repr(itertools.count(1, True)))
from fractions import Fraction
c = itertools.count(Fraction(1, 2)); print(next(c), next(c))
ids = itertools.count()
out = []
lock = threading.Lock()
def w():
    mine = [next(ids) for _ in range(20000)]
    with lock:
        out.extend(mine)
ts = [threading.Thread(target=w) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(len(out), len(set(out)), max(out), next(ids))
