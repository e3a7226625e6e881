# One dict or set iterator shared by eight threads hands each entry to exactly one of
# them (each step is atomic, as under CPython's GIL), with no spurious "changed during
# iteration" error.
import threading
N = 50000
def run(it, nthreads=8):
    out = []
    lock = threading.Lock()
    errors = []
    def w():
        mine = []
        try:
            for x in it:
                mine.append(x)
        except Exception as e:
            errors.append(type(e).__name__ + ": " + str(e))
        with lock:
            out.extend(mine)
    ts = [threading.Thread(target=w) for _ in range(nthreads)]
    for t in ts: t.start()
    for t in ts: t.join()
    return len(out), len(set(out)), errors
d = {i: i for i in range(N)}
print("dict keys", run(iter(d)))
print("dict values", run(iter(d.values())))
print("dict items", run(iter(d.items())))
print("set", run(iter(set(range(N)))))
print("frozenset", run(iter(frozenset(range(N)))))
print("list", run(iter(list(range(N)))))
