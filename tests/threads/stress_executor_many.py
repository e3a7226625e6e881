# Thousands of small futures through ThreadPoolExecutor: map, submit + as_completed,
# wait(FIRST_COMPLETED) loops, callbacks, exceptions and cancellation.
import concurrent.futures as cf
import threading

def work(x):
    if x % 97 == 0:
        raise ValueError(x)
    return x * x

with cf.ThreadPoolExecutor(max_workers=8) as ex:
    futs = {ex.submit(work, i): i for i in range(1000)}
    ok, bad = 0, []
    for f in cf.as_completed(futs, timeout=60):
        try:
            assert f.result() == futs[f] ** 2
            ok += 1
        except ValueError as e:
            bad.append(e.args[0])
    print("as_completed", ok, sorted(bad)[:5], len(bad))

    print("map", sum(ex.map(lambda x: x + 1, range(2000), timeout=60)))

    pending = {ex.submit(work, i) for i in range(1, 200)}
    rounds = 0
    results = []
    while pending:
        done, pending = cf.wait(pending, timeout=60, return_when=cf.FIRST_COMPLETED)
        rounds += 1
        for f in done:
            if f.exception() is None:
                results.append(f.result())
    print("wait loop", len(results), sum(results) == sum(x * x for x in range(1, 200) if x % 97), rounds >= 1)

    cb_lock = threading.Lock()
    called = []
    def cb(f):
        with cb_lock:
            called.append(f.result())
    fs = [ex.submit(work, i) for i in range(1, 97)]
    for f in fs:
        f.add_done_callback(cb)
    cf.wait(fs, timeout=60)
    # a callback runs just after its future is marked done: wait() may return first
    import time
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with cb_lock:
            n = len(called)
        if n == len(fs):
            break
        time.sleep(0.001)
    print("callbacks", n, sum(called) == sum(x * x for x in range(1, 97)))

# submit from inside workers (nested), shutdown waits for everything
counter = [0]
lock = threading.Lock()
ex = cf.ThreadPoolExecutor(max_workers=4)
def nested(depth):
    with lock:
        counter[0] += 1
    if depth > 0:
        return [ex.submit(nested, depth - 1) for _ in range(2)]
    return []
f = ex.submit(nested, 5)
level = [f]
while level:
    nxt = []
    for fut in level:
        nxt.extend(fut.result(timeout=60))
    level = nxt
ex.shutdown(wait=True)
print("nested", counter[0])

# cancel racing with running: each future ends exactly one way
ex = cf.ThreadPoolExecutor(max_workers=2)
gate = threading.Event()
fs = [ex.submit(gate.wait, 30) for _ in range(2)] + [ex.submit(work, i) for i in range(1, 200)]
cancelled = sum(f.cancel() for f in fs[2:])
gate.set()
ex.shutdown(wait=True)
print("cancel", cancelled, all(f.done() for f in fs), sum(f.cancelled() for f in fs) == cancelled)
