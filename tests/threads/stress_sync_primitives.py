# Locks exclude, semaphores bound concurrency, barriers cycle, conditions wake:
# checked with many threads and many rounds (every join has a timeout).
import threading
from collections import Counter

N_T = 8
def run_all(fn, n=N_T, args=lambda i: (i,)):
    ts = [threading.Thread(target=fn, args=args(i)) for i in range(n)]
    for t in ts: t.start()
    for t in ts: t.join(timeout=60)
    if any(t.is_alive() for t in ts):
        print("FAIL: thread still alive in", fn.__name__)

# Counter under a Lock, plus a plain counter under an RLock taken recursively
words = "the quick brown fox jumps over the lazy dog the end".split()
total = Counter()
lock = threading.Lock()
rlock = threading.RLock()
plain = [0]
def count(i):
    local = Counter()
    for r in range(150):
        local.update(words)
        with lock:
            total[words[(i + r) % len(words)]] += 1
        with rlock:
            with rlock:
                plain[0] += 1
    with lock:
        total.update(local)
run_all(count)
exp = Counter()
for i in range(N_T):
    for r in range(150):
        exp[words[(i + r) % len(words)]] += 1
    for w in words:
        exp[w] += 150
print("counter", total == exp, plain[0], total.most_common(2))

# BoundedSemaphore(3): never more than 3 inside
sem = threading.BoundedSemaphore(3)
inside = [0, 0]
ilock = threading.Lock()
def bounded(i):
    for _ in range(100):
        with sem:
            with ilock:
                inside[0] += 1
                inside[1] = max(inside[1], inside[0])
            sum(range(20))
            with ilock:
                inside[0] -= 1
run_all(bounded)
print("semaphore max inside", inside[1] <= 3, inside[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)

# Barrier: 50 rounds, each round every thread sees the same generation
b = threading.Barrier(N_T, timeout=30)
seen = [[] for _ in range(N_T)]
shared = [0]
def rounds(i):
    for r in range(30):
        if b.wait() == 0:
            shared[0] += 1
        b.wait()
        seen[i].append(shared[0])
run_all(rounds)
print("barrier", all(s == list(range(1, 31)) for s in seen), b.broken, b.n_waiting)

# Condition: bounded buffer with wait_for, notify per item
cond = threading.Condition()
buf = []
consumed = []
CAP, PER = 4, 150
def produce(i):
    for k in range(PER):
        with cond:
            if not cond.wait_for(lambda: len(buf) < CAP, timeout=30):
                print("FAIL: producer timed out")
                return
            buf.append((i, k))
            cond.notify_all()
def consume(i):
    for _ in range(PER):
        with cond:
            if not cond.wait_for(lambda: buf, timeout=30):
                print("FAIL: consumer timed out")
                return
            consumed.append(buf.pop(0))
            cond.notify_all()
ps = [threading.Thread(target=produce, args=(i,)) for i in range(4)]
cs = [threading.Thread(target=consume, args=(i,)) for i in range(4)]
for t in ps + cs: t.start()
for t in ps + cs: t.join(timeout=60)
print("condition", sorted(consumed) == sorted((i, k) for i in range(4) for k in range(PER)), buf)
# per-producer order is kept (FIFO buffer)
print("fifo", all([k for (p, k) in consumed if p == i] == list(range(PER)) for i in range(4)))

# Event ping-pong between two threads
ping, pong = threading.Event(), threading.Event()
hits = []
def pinger():
    for k in range(100):
        ping.set()
        if not pong.wait(30):
            print("FAIL: pong"); return
        pong.clear()
        hits.append(k)
def ponger():
    for k in range(100):
        if not ping.wait(30):
            print("FAIL: ping"); return
        ping.clear()
        pong.set()
a, c = threading.Thread(target=pinger), threading.Thread(target=ponger)
a.start(); c.start(); a.join(60); c.join(60)
print("event", hits == list(range(100)))

# Lock acquire with timeouts under contention: acquired count matches releases
l2 = threading.Lock()
got = [0]
def contend(i):
    for _ in range(150):
        if l2.acquire(timeout=10):
            got[0] += 1
            l2.release()
        else:
            print("FAIL: acquire timed out")
run_all(contend)
print("timed acquire", got[0], l2.locked())
