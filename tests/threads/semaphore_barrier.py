import threading, time
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(); sem.release()
sem.release()
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False))
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError", e)
active = [0]
peak = [0]
guard = threading.Lock()
limit = threading.Semaphore(3)
def limited():
    with limit:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        with guard:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(12)]
for t in ts: t.start()
for t in ts: t.join(10)
print("peak <= 3:", peak[0] <= 3, "active:", active[0])
b = threading.Barrier(3)
order = []
ids = []
def party(i):
    order.append(("before", i))
    idx = b.wait(timeout=10)
    ids.append(idx)
    order.append(("after", i))
ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join(10)
befores = [k for k, _ in order[:3]]
print(befores, sorted(ids), b.parties, b.n_waiting, b.broken)
act = []
b2 = threading.Barrier(2, action=lambda: act.append("action"))
t = threading.Thread(target=b2.wait, args=(10,)); t.start()
b2.wait(10); t.join(10)
print(act)
b3 = threading.Barrier(2)
try:
    b3.wait(timeout=0.02)
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b3.broken)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("still broken")
b3.reset()
print(b3.broken)
b4 = threading.Barrier(2)
errs = []
def w4():
    try:
        b4.wait(10)
    except threading.BrokenBarrierError:
        errs.append("broken by abort")
t = threading.Thread(target=w4); t.start()
time.sleep(0.02); b4.abort(); t.join(10)
print(errs, issubclass(threading.BrokenBarrierError, RuntimeError))
