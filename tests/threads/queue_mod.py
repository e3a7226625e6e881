import queue, threading
q = queue.Queue()
for i in range(5): q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty raised")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
bq = queue.Queue(maxsize=2)
bq.put(1); bq.put(2)
print(bq.full())
try:
    bq.put_nowait(3)
except queue.Full:
    print("Full raised")
try:
    bq.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
lq = queue.LifoQueue()
for i in range(4): lq.put(i)
print([lq.get() for _ in range(4)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]: pq.put(item)
print([pq.get() for _ in range(4)])
sq = queue.SimpleQueue()
sq.put("x"); sq.put("y")
print(sq.get(), sq.qsize(), sq.get(), sq.empty())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
work = queue.Queue()
done = []
lock = threading.Lock()
def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            break
        with lock:
            done.append(item * item)
        work.task_done()
ws = [threading.Thread(target=worker) for _ in range(4)]
for w in ws: w.start()
for i in range(100): work.put(i)
work.join()
for _ in ws: work.put(None)
for w in ws: w.join(10)
print(len(done), sum(done), sorted(done)[:5], any(w.is_alive() for w in ws))
try:
    queue.Queue().task_done()
except ValueError as e:
    print("ValueError", e)
pc = queue.Queue(maxsize=3)
received = []
def producer():
    for i in range(50): pc.put(i, timeout=10)
    pc.put(None)
def consumer():
    while (v := pc.get(timeout=10)) is not None:
        received.append(v)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(10); c.join(10)
print(received == list(range(50)))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
