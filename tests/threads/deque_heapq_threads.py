# collections.deque and heapq shared between threads: single deque operations are
# atomic (no item lost or duplicated, lengths exact), and heappush/heappop on one
# list under a lock keep the heap consistent. Results are deterministic.
import heapq
import threading
from collections import deque

N, T = 20000, 4

# appends from several threads, on both ends
d = deque()
def appender(k):
    for i in range(N):
        if i % 2:
            d.append((k, i))
        else:
            d.appendleft((k, i))
ts = [threading.Thread(target=appender, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join(timeout=60)
print("appended", len(d), len(set(d)) == T * N)

# concurrent pops from both ends: every item popped exactly once
got = [[] for _ in range(T)]
def popper(k):
    out = got[k]
    while True:
        try:
            out.append(d.pop() if k % 2 else d.popleft())
        except IndexError:
            return
ts = [threading.Thread(target=popper, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join(timeout=60)
allgot = [x for g in got for x in g]
print("popped", len(allgot), len(set(allgot)) == T * N, len(d))

# producer/consumer pairs through one deque
q = deque()
done = threading.Event()
total = [0] * T
def producer(k):
    for i in range(N):
        q.append(i)
def consumer(k):
    s = 0
    while True:
        try:
            s += q.popleft()
        except IndexError:
            if done.is_set() and not q:
                break
    total[k] = s
ps = [threading.Thread(target=producer, args=(k,)) for k in range(2)]
cs = [threading.Thread(target=consumer, args=(k,)) for k in range(2)]
for t in ps + cs: t.start()
for t in ps: t.join(timeout=60)
done.set()
for t in cs: t.join(timeout=60)
print("sum", sum(total) == 2 * N * (N - 1) // 2, len(q))

# a bounded deque appended to concurrently keeps exactly maxlen items
b = deque(maxlen=100)
def fill(k):
    for i in range(N):
        b.append(i)
ts = [threading.Thread(target=fill, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join(timeout=60)
print("bounded", len(b), b.maxlen)

# rotate and remove racing with appends never corrupt the deque
r = deque(range(1000))
def rotator():
    for i in range(2000):
        r.rotate(3)
def adder():
    for i in range(2000):
        r.append(-1)
        r.remove(-1)
ts = [threading.Thread(target=rotator), threading.Thread(target=adder)]
for t in ts: t.start()
for t in ts: t.join(timeout=60)
print("rotate/remove", len(r), sorted(r) == list(range(1000)))

# heapq from several threads under a lock
h = []
lock = threading.Lock()
def pusher(k):
    for i in range(N // 4):
        with lock:
            heapq.heappush(h, (i * T + k) % 997)
ts = [threading.Thread(target=pusher, args=(k,)) for k in range(T)]
for t in ts: t.start()
for t in ts: t.join(timeout=60)
out = []
while h:
    out.append(heapq.heappop(h))
print("heap", len(out), out == sorted(out))
