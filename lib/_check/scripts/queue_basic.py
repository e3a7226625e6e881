import queue, threading, time
q = queue.Queue()
for i in range(5): q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty', repr(e))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty timeout')
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
b = queue.Queue(2)
b.put(1); b.put_nowait(2)
print(b.full())
try:
    b.put_nowait(3)
except queue.Full:
    print('Full')
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print('Full timeout')
try:
    b.put(3, timeout=-1)
except ValueError as e:
    print(e)
l = queue.LifoQueue()
for i in range(4): l.put(i)
print([l.get() for _ in range(4)])
p = queue.PriorityQueue()
for x in [5, 1, 4, 2, 3, (0, 'a')][:5]: p.put(x)
print([p.get() for _ in range(5)])
p = queue.PriorityQueue()
for x in [(3, 'c'), (1, 'a'), (2, 'b')]: p.put(x)
print([p.get_nowait() for _ in range(3)])
s = queue.SimpleQueue()
s.put(1); s.put_nowait(2)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(False)
except queue.Empty:
    print('simple Empty')
try:
    s.get(timeout=0.01)
except queue.Empty:
    print('simple Empty timeout')
# task_done / join
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
for i in range(100): q.put(i)
q.join()
print(sorted(done) == [i * 2 for i in range(100)], q.unfinished_tasks)
for t in ts: q.put(None)
for t in ts: t.join(5)
try:
    q.task_done()
except ValueError as e:
    print(e)
# producer/consumer with bounded queue
q = queue.Queue(maxsize=3)
got = []
def cons():
    for _ in range(50):
        got.append(q.get())
t = threading.Thread(target=cons); t.start()
for i in range(50): q.put(i)
t.join(5)
print(got == list(range(50)))
print(queue.Queue[int], issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
# SimpleQueue with threads
sq = queue.SimpleQueue()
res = []
def sc():
    res.append(sq.get(timeout=5))
t = threading.Thread(target=sc); t.start()
time.sleep(0.01); sq.put('x'); t.join(5)
print(res)
