import threading, queue
N_PROD, N_CONS, N = 4, 4, 10000
q = queue.Queue(maxsize=100)
results = []
rlock = threading.Lock()
def producer(pid):
    for i in range(N):
        q.put(pid * N + i, timeout=30)
def consumer():
    local = []
    while True:
        v = q.get(timeout=30)
        if v is None:
            q.task_done()
            break
        local.append(v)
        q.task_done()
    with rlock:
        results.extend(local)
cons = [threading.Thread(target=consumer) for _ in range(N_CONS)]
prods = [threading.Thread(target=producer, args=(p,)) for p in range(N_PROD)]
for t in cons + prods: t.start()
for t in prods: t.join(timeout=30)
for _ in cons: q.put(None)
for t in cons: t.join(timeout=30)
if any(t.is_alive() for t in cons + prods):
    print("FAIL: thread still alive")
print(len(results), len(set(results)), sorted(results) == list(range(N_PROD * N)))
sq = queue.SimpleQueue()
def sp(pid):
    for i in range(N):
        sq.put(i)
ts = [threading.Thread(target=sp, args=(p,)) for p in range(8)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
total = 0
count = 0
while not sq.empty():
    total += sq.get()
    count += 1
print(count, total == 8 * sum(range(N)))
