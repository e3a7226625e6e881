# Objects made by one thread and dropped by another (their memory changes threads),
# and many short threads that make and drop objects at a steady rate (each thread's
# cached object blocks go back when it ends).
import threading
import queue

q = queue.Queue(maxsize=64)


def produce(n):
    for i in range(n):
        q.put((i, [i, -i], "s%d" % i, lambda i=i: i, {i: i}))
    q.put(None)


def consume(out):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        i, pair, s, f, d = item
        total += i + sum(pair) + len(s) + f() + d[i]
    out.append(total)


out = []
ts = [threading.Thread(target=produce, args=(20000,)),
      threading.Thread(target=consume, args=(out,))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)

results = []


def churn(k):
    def mk(v):
        return lambda: v
    acc = 0
    for i in range(5000):
        acc += mk(i)() + len((i, k)) + len([i])
    results.append(acc)


for round_ in range(5):
    ts = [threading.Thread(target=churn, args=(k,)) for k in range(6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
print(len(results), sorted(set(results)))

# Objects handed back to the main thread outlive the threads that made them.
kept = []


def make(k):
    kept.extend((k, j, [j] * 2, "x" * j) for j in range(300))


ts = [threading.Thread(target=make, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(kept), sum(k + j + len(l) + len(s) for k, j, l, s in kept))
kept.clear()
print(len(kept))
