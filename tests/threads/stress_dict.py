import threading
N_THREADS, N = 8, 10000
d = {}
def writer(tid):
    for i in range(N):
        d[(tid, i)] = i
        d.setdefault(("common", i), tid)
        if i % 3 == 0:
            d.pop((tid, i - 3), None)
ts = [threading.Thread(target=writer, args=(t,)) for t in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
if any(t.is_alive() for t in ts):
    print("FAIL: thread still alive")
own = [k for k in d if k[0] != "common"]
common = [k for k in d if k[0] == "common"]
expected_own = N_THREADS * (N - len(range(3, N, 3)))
print(len(common), len(own) == expected_own, len(d) == N + expected_own)
print(all(d[("common", i)] in range(N_THREADS) for i in range(N)))
print(all(d[(t, i)] == i for (t, i) in own))
counts = {}
lock = threading.Lock()
def counter(tid):
    for i in range(N):
        with lock:
            counts[i % 100] = counts.get(i % 100, 0) + 1
ts = [threading.Thread(target=counter, args=(t,)) for t in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
print(sum(counts.values()), set(counts.values()))
