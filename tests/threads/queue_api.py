import queue, threading, time

q = queue.Queue(maxsize=2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put(1); q.put(2)
print(q.full(), q.qsize())
try:
    q.put(3, timeout=0.05)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put(3, block=False)
except queue.Full:
    print("Full nb")
try:
    q.put_nowait(3)
except queue.Full:
    print("Full nowait")
print(q.get(), q.get_nowait())
try:
    q.get(timeout=0.05)
except queue.Empty as e:
    print("Empty", repr(e))
try:
    q.get(False)
except queue.Empty:
    print("Empty nb")
for bad in (-1, -0.5):
    try:
        q.get(timeout=bad)
    except ValueError as e:
        print("ValueError", e)
    try:
        q.put(1, timeout=bad)
    except ValueError as e:
        print("ValueError", e)
q = queue.Queue()
q.put(1); q.get(); q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
q.join()
# join with worker
q = queue.Queue()
done = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        done.append(item * 2)
        q.task_done()
ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts: t.start()
for i in range(30): q.put(i)
q.join()
for t in ts: q.put(None)
for t in ts: t.join(5)
print(sorted(done) == [i * 2 for i in range(30)], q.unfinished_tasks)
# Lifo, Priority
lq = queue.LifoQueue()
for i in range(5): lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b"), (1, "A"), (0, "z")]:
    pq.put(x)
print([pq.get() for _ in range(5)])
pq = queue.PriorityQueue(maxsize=3)
for x in [5, 1, 4]: pq.put(x)
print(pq.full(), [pq.get_nowait() for _ in range(3)])
from dataclasses import dataclass, field
from typing import Any
@dataclass(order=True)
class Job:
    priority: int
    item: Any = field(compare=False)
pq = queue.PriorityQueue()
for p, n in [(2, "mid"), (9, "low"), (0, "high")]:
    pq.put(Job(p, n))
print([pq.get().item for _ in range(3)])
pq.put(object())
pq.put(object()) if False else None
# SimpleQueue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=5)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.get(timeout=1), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty nb")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError", e)
print(type(sq).__name__, type(sq).__module__)
print(queue.Empty.__module__, queue.Full.__module__, issubclass(queue.Empty, Exception))
print(type(queue.Queue()).__module__)
# producer/consumer with sentinel
q = queue.Queue(maxsize=5)
SENT = object()
results = []
def producer(n, base):
    for i in range(n):
        q.put(base + i)
def consumer():
    total = 0
    while True:
        x = q.get()
        if x is SENT:
            break
        total += x
    results.append(total)
ps = [threading.Thread(target=producer, args=(100, k * 1000)) for k in range(4)]
cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in ps + cs: t.start()
for t in ps: t.join(10)
for _ in cs: q.put(SENT)
for t in cs: t.join(10)
print(sum(results) == sum(k * 1000 * 100 + sum(range(100)) for k in range(4)))
# queue with maxsize 0 and negative
q = queue.Queue(-1)
for i in range(10): q.put(i)
print(q.full(), q.qsize())
print(queue.Queue.__class_getitem__(int) if hasattr(queue.Queue, "__class_getitem__") else None)
q = queue.Queue(); q.put(1)
print(q.queue)
