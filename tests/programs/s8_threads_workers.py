import threading
import queue
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED


class Counter:
    def __init__(self):
        self._lock = threading.Lock()
        self.value = 0

    def incr(self, n=1):
        with self._lock:
            self.value += n


def worker(q, results, counter, wid):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append((item, item * item))
        counter.incr()
        q.task_done()


q = queue.Queue()
results = []
counter = Counter()
threads = [threading.Thread(target=worker, args=(q, results, counter, i), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
for i in range(100):
    q.put(i)
for _ in threads:
    q.put(None)
q.join()
for t in threads:
    t.join(timeout=10)
print(counter.value, sorted(results)[:5], sum(v for _, v in results))
print([t.name for t in threads], [t.is_alive() for t in threads])

# producer / consumer with bounded queue and sentinel
buf = queue.Queue(maxsize=3)
consumed = []
def producer():
    for i in range(10):
        buf.put(f"item-{i}")
    buf.put(StopIteration)
def consumer():
    while (x := buf.get()) is not StopIteration:
        consumed.append(x)
tp, tc = threading.Thread(target=producer), threading.Thread(target=consumer)
tc.start(); tp.start(); tp.join(5); tc.join(5)
print(consumed)

# Event and Condition
ready = threading.Event()
order = []
cond = threading.Condition()
turn = [0]
def ordered(k):
    ready.wait(5)
    with cond:
        while turn[0] != k:
            cond.wait(5)
        order.append(k)
        turn[0] += 1
        cond.notify_all()
ts = [threading.Thread(target=ordered, args=(k,)) for k in reversed(range(5))]
for t in ts: t.start()
ready.set()
for t in ts: t.join(5)
print(order, ready.is_set())

# executor
def slow_square(x):
    return x * x
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(slow_square, range(10))))
    futs = {ex.submit(slow_square, i): i for i in range(5)}
    done = sorted(f.result() for f in as_completed(futs))
    print(done)
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result(timeout=5)
    except ZeroDivisionError as e:
        print("future error:", repr(e), f.done(), type(f.exception()).__name__)
    d, nd = wait([ex.submit(slow_square, 3)], timeout=5)
    print(len(d), len(nd))

# RLock, Semaphore, Barrier, local
rl = threading.RLock()
def reentrant(n):
    with rl:
        return 0 if n == 0 else n + reentrant(n - 1)
print(reentrant(10))
sem = threading.BoundedSemaphore(2)
active = []
maxactive = [0]
lk = threading.Lock()
def limited(i):
    with sem:
        with lk:
            active.append(i)
            maxactive[0] = max(maxactive[0], len(active))
        time.sleep(0.001)
        with lk:
            active.remove(i)
ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join(5)
print("max concurrent <= 2:", maxactive[0] <= 2)
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
b = threading.Barrier(3)
hits = []
def at_barrier(i):
    idx = b.wait(5)
    with lk:
        hits.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join(5)
print(sorted(hits), b.n_waiting, b.parties)
loc = threading.local()
seen = {}
def uses_local(i):
    loc.v = i
    time.sleep(0.001)
    with lk:
        seen[i] = loc.v
ts = [threading.Thread(target=uses_local, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join(5)
print(sorted(seen.items()), hasattr(loc, "v"))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
t = threading.Thread(target=lambda: None, name="named", daemon=True)
print(t.daemon, t.name, t.ident is None)
t.start(); t.join(5)
print(t.is_alive())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
pq = queue.PriorityQueue()
for p, v in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put((p, v))
print([pq.get() for _ in range(pq.qsize())], pq.empty())
lq = queue.LifoQueue()
for i in range(3): lq.put(i)
print([lq.get_nowait() for _ in range(3)])
try:
    lq.get_nowait()
except queue.Empty:
    print("empty!")
fq = queue.Queue(1); fq.put(1)
try:
    fq.put(2, timeout=0.01)
except queue.Full:
    print("full!")
# exception in thread
def bad():
    raise ValueError("thread failed")
caught = []
old = threading.excepthook
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=bad, name="badthread"); t.start(); t.join(5)
threading.excepthook = old
print(caught)
timer_hits = []
tm = threading.Timer(0.01, lambda: timer_hits.append("fired"))
tm.start(); tm.join(5)
print(timer_hits)
