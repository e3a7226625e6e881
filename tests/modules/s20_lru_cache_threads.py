# One lru_cache shared by threads (bounded and unbounded), with cache_clear running
# concurrently: every result is right, the statistics add up, nothing hangs or crashes.
# Keys whose __eq__/__hash__ call back into the same cache must not deadlock.
import functools, threading

@functools.lru_cache(maxsize=16)
def small(x):
    return x * 3

@functools.lru_cache(maxsize=None)
def big(x, y=0):
    return (x, y)

errors = []
N, T = 3000, 4

def work(tid):
    try:
        for i in range(N):
            k = (i * 7 + tid) % 40
            if small(k) != k * 3:
                errors.append(("small", k))
            if big(k, y=tid % 2) != (k, tid % 2):
                errors.append(("big", k))
    except Exception as e:
        errors.append(repr(e))

def clearer():
    for _ in range(200):
        small.cache_clear()
        big.cache_clear()

threads = [threading.Thread(target=work, args=(t,)) for t in range(T)]
threads.append(threading.Thread(target=clearer))
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=60)
print("alive:", [t.is_alive() for t in threads].count(True), "errors:", errors[:3])
info = small.cache_info()
print(info.currsize <= 16, info.maxsize)
small.cache_clear()
for t in range(T):
    work(t)
info = small.cache_info()
print(info.hits + info.misses == 2 * 0 + T * N, info.currsize <= 16)
print(big.cache_info().currsize <= 80)

# reentrant keys
class Nasty:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        reent(0)                       # calls the cache being searched
        return isinstance(other, Nasty) and self.v == other.v

@functools.lru_cache(maxsize=2)
def reent(x):
    return x if isinstance(x, int) else x.v

print([reent(Nasty(i % 3)) for i in range(8)], reent.cache_info().currsize <= 2)

class BadHash:
    def __hash__(self):
        raise RuntimeError("no hash")

for f in (reent, big):
    try:
        f(BadHash())
    except RuntimeError as e:
        print("RuntimeError", e)

def hammer():
    for i in range(500):
        reent(Nasty(i % 5))

ts = [threading.Thread(target=hammer) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join(timeout=60)
print("alive:", [t.is_alive() for t in ts].count(True), reent.cache_info().currsize <= 2)
