# Producers and consumers on bounded Queue, LifoQueue, PriorityQueue and SimpleQueue
# with sentinels and task_done()/join(): every item arrives exactly once.
import threading, queue

N_P, N_C, N = 3, 3, 600
SENTINEL = None

def run(q, label):
    got = [[] for _ in range(N_C)]
    def producer(p):
        for i in range(N):
            item = (i % 10, p * N + i)
            q.put(item, timeout=30)
    def consumer(c):
        out = got[c]
        while True:
            item = q.get(timeout=30)
            if item is SENTINEL or item == (99, SENTINEL):
                if hasattr(q, "task_done"):
                    q.task_done()
                break
            out.append(item[1])
            if hasattr(q, "task_done"):
                q.task_done()
    ps = [threading.Thread(target=producer, args=(p,)) for p in range(N_P)]
    cs = [threading.Thread(target=consumer, args=(c,)) for c in range(N_C)]
    for t in ps + cs: t.start()
    for t in ps: t.join(timeout=60)
    if hasattr(q, "join"):
        # every item handled before the sentinels go in (a LifoQueue would hand
        # them out first); join() has no timeout, so wait on all_tasks_done with one
        with q.all_tasks_done:
            if not q.all_tasks_done.wait_for(lambda: q.unfinished_tasks == 0, timeout=60):
                print(label, "FAIL: join timed out")
        q.join()
    for _ in cs:
        q.put((99, SENTINEL) if isinstance(q, queue.PriorityQueue) else SENTINEL)
    for t in cs: t.join(timeout=60)
    if any(t.is_alive() for t in ps + cs):
        print(label, "FAIL: thread still alive")
    allv = sorted(v for g in got for v in g)
    print(label, allv == list(range(N_P * N)), q.empty(), q.qsize())

run(queue.Queue(maxsize=8), "Queue")
run(queue.LifoQueue(maxsize=3), "LifoQueue")
run(queue.PriorityQueue(maxsize=16), "PriorityQueue")
run(queue.SimpleQueue(), "SimpleQueue")
run(queue.Queue(), "unbounded")

# get_nowait/put_nowait racing: Full/Empty only, nothing lost
q = queue.Queue(maxsize=4)
counts = [0, 0]
lk = threading.Lock()
def nb_producer():
    sent = 0
    i = 0
    while sent < 500:
        try:
            q.put_nowait(1)
            sent += 1
        except queue.Full:
            pass
    with lk: counts[0] += sent
def nb_consumer(stop):
    got = 0
    while not (stop.is_set() and q.empty()):
        try:
            got += q.get_nowait()
        except queue.Empty:
            pass
    with lk: counts[1] += got
stop = threading.Event()
ps = [threading.Thread(target=nb_producer) for _ in range(3)]
cs = [threading.Thread(target=nb_consumer, args=(stop,)) for _ in range(3)]
for t in ps + cs: t.start()
for t in ps: t.join(timeout=60)
stop.set()
for t in cs: t.join(timeout=60)
print("nowait", counts, q.qsize())
