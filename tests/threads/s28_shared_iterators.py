# Several threads draining one iterator with for-loops: each item is handed out exactly
# once, for range, list and tuple iterators (FOR_ITER's own steps) and a generator.
import threading

def drain_all(it, nthreads=4):
    seen = []
    lock = threading.Lock()
    def work():
        local = []
        for x in it:
            local.append(x)
        with lock:
            seen.extend(local)
    ts = [threading.Thread(target=work) for _ in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return seen

N = 20000
for name, make in [
    ("range", lambda: iter(range(N))),
    ("range step 3", lambda: iter(range(0, 3 * N, 3))),
    ("negative range", lambda: iter(range(N, 0, -1))),
    ("list", lambda: iter(list(range(N)))),
    ("tuple", lambda: iter(tuple(range(N)))),
]:
    seen = drain_all(make())
    expected = sorted(make())
    print(name, len(seen), sorted(seen) == expected)

def gen():
    for i in range(2000):
        yield i
g = gen()
seen = []
errors = []
def work():
    while True:
        try:
            x = next(g)
        except StopIteration:
            return
        except ValueError as e:
            errors.append(str(e))
            continue
        seen.append(x)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("generator", len(seen), sorted(seen) == list(range(2000)), set(errors) <= {"generator already executing"})
