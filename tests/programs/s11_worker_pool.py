"""Worker pool simulation: threading, queue, concurrent.futures, locks and deterministic reporting."""
import threading
import queue
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
from collections import Counter
from dataclasses import dataclass, field
import hashlib


@dataclass
class Job:
    jid: int
    payload: str
    attempts: int = 0
    result: str = field(default=None, repr=False)


class FlakyError(Exception):
    pass


def process(job: Job) -> str:
    job.attempts += 1
    if job.jid % 4 == 3 and job.attempts < 2:
        raise FlakyError(f"job {job.jid} flaked")
    digest = hashlib.sha256(job.payload.encode()).hexdigest()[:12]
    return f"{job.payload.upper()}:{digest}"


jobs = [Job(i, f"item-{i:02d}") for i in range(12)]
q = queue.Queue()
for j in jobs:
    q.put(j)
results = {}
retries = Counter()
lock = threading.Lock()
done_event = threading.Event()


def worker(name):
    while True:
        try:
            job = q.get(timeout=0.5)
        except queue.Empty:
            return
        try:
            res = process(job)
            with lock:
                results[job.jid] = (res, job.attempts)
        except FlakyError:
            with lock:
                retries[job.jid] += 1
            q.put(job)
        finally:
            q.task_done()


threads = [threading.Thread(target=worker, args=(f"w{i}",), name=f"w{i}") for i in range(4)]
for t in threads:
    t.start()
q.join()
for t in threads:
    t.join(timeout=5)
print("alive after join:", [t.is_alive() for t in threads])
for jid in sorted(results):
    res, att = results[jid]
    print(f"job {jid:>2} attempts={att} {res}")
print("retried:", sorted(retries.items()), "queue empty:", q.empty(), q.qsize())


def slow_square(n):
    time.sleep(0.001 * (5 - n % 5))
    if n == 7:
        raise ValueError(f"unlucky {n}")
    return n * n


with ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    print("map:", list(ex.map(slow_square, range(7))))
    futs = {ex.submit(slow_square, n): n for n in range(5, 10)}
    out = {}
    for f in as_completed(futs, timeout=10):
        n = futs[f]
        try:
            out[n] = f.result()
        except ValueError as e:
            out[n] = f"error: {e}"
    print("as_completed:", sorted(out.items()))
    f = ex.submit(slow_square, 7)
    done, pending = wait([f], timeout=10, return_when=FIRST_EXCEPTION)
    print("wait:", len(done), len(pending), type(f.exception()).__name__, f.done(), f.cancelled())
    try:
        list(ex.map(slow_square, [6, 7, 8]))
    except ValueError as e:
        print("map raised:", e)

counter = 0
cond = threading.Condition()
order = []


def producer():
    global counter
    for i in range(5):
        with cond:
            counter += 1
            order.append(f"p{i}")
            cond.notify()


def consumer():
    seen = 0
    while seen < 5:
        with cond:
            cond.wait_for(lambda: counter > seen, timeout=5)
            seen = counter
    order.append("consumer done")


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join(timeout=5)
c.join(timeout=5)
print(order[-1], counter, len(order))
sem = threading.BoundedSemaphore(2)
peak = [0, 0]
plock = threading.Lock()


def limited(i):
    with sem:
        with plock:
            peak[0] += 1
            peak[1] = max(peak[1], peak[0])
        time.sleep(0.002)
        with plock:
            peak[0] -= 1


ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
[t.start() for t in ts]
[t.join(timeout=5) for t in ts]
print("peak concurrency <= 2:", peak[1] <= 2, "current:", peak[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
local = threading.local()
local.x = "main"
t = threading.Thread(target=lambda: setattr(local, "x", "thread"))
t.start()
t.join(timeout=5)
print(local.x, threading.current_thread().name, threading.main_thread() is threading.current_thread())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
b = threading.Barrier(3)
arrivals = []
def at_barrier(i):
    idx = b.wait(timeout=5)
    with plock:
        arrivals.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
[t.start() for t in ts]
[t.join(timeout=5) for t in ts]
print(sorted(arrivals), b.broken, b.n_waiting)
timer_hits = []
tm = threading.Timer(0.01, timer_hits.append, args=["fired"])
tm.start()
tm.join(timeout=5)
print(timer_hits)
