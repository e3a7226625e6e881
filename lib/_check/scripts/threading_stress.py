import threading, queue, concurrent.futures as cf
N = 8
# locks exclude
counter = [0]
lock = threading.Lock()
def inc():
    for _ in range(2000):
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=inc) for _ in range(N)]
for t in ts: t.start()
for t in ts: t.join(30); assert not t.is_alive()
print(counter[0] == N * 2000)
# rlock + condition producer/consumer
q = queue.Queue(maxsize=5)
out = []
def prod(k):
    for i in range(300):
        q.put((k, i))
def cons():
    while True:
        item = q.get()
        if item is None:
            q.task_done(); return
        out.append(item); q.task_done()
ps = [threading.Thread(target=prod, args=(k,)) for k in range(4)]
cs = [threading.Thread(target=cons) for _ in range(4)]
for t in ps + cs: t.start()
for t in ps: t.join(30)
q.join()
for _ in cs: q.put(None)
for t in cs: t.join(30); assert not t.is_alive()
print(len(out) == 1200, len(set(out)) == 1200)
# semaphores/events/barriers in a loop
bar = threading.Barrier(N)
hits = []
def bw():
    for r in range(20):
        hits.append(bar.wait(10))
ts = [threading.Thread(target=bw) for _ in range(N)]
for t in ts: t.start()
for t in ts: t.join(30); assert not t.is_alive()
print(sorted(hits) == sorted(list(range(N)) * 20))
with cf.ThreadPoolExecutor(8) as ex:
    print(sum(ex.map(lambda x: x * x, range(2000))) == sum(x * x for x in range(2000)))
    fs = [ex.submit(pow, 2, i) for i in range(500)]
    print(sorted(f.result() for f in cf.as_completed(fs, timeout=30)) == [2 ** i for i in range(500)])
sq = queue.SimpleQueue()
def sp():
    for i in range(1000): sq.put(i)
ts = [threading.Thread(target=sp) for _ in range(4)]
for t in ts: t.start()
got = [sq.get(timeout=10) for _ in range(4000)]
for t in ts: t.join(30)
print(sorted(got) == sorted(list(range(1000)) * 4))
