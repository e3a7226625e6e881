import threading
N_THREADS = 32
N = 2000
totals = [0] * N_THREADS
lock = threading.Lock()
grand = [0]
def work(i):
    local = 0
    for k in range(N):
        local += k
    totals[i] = local
    with lock:
        grand[0] += local
ts = [threading.Thread(target=work, args=(i,)) for i in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
if any(t.is_alive() for t in ts):
    print("FAIL: thread still alive")
print(set(totals), grand[0] == N_THREADS * sum(range(N)))
shared = {}
def setter(i):
    for k in range(500):
        shared[f"{i}-{k}"] = k
ts = [threading.Thread(target=setter, args=(i,)) for i in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
print(len(shared), sum(shared.values()) == N_THREADS * sum(range(500)))
lst = []
def extender(i):
    for _ in range(200):
        lst.extend([i] * 5)
ts = [threading.Thread(target=extender, args=(i,)) for i in range(16)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
chunks_ok = all(len(set(lst[j:j + 5])) == 1 for j in range(0, len(lst), 5))
print(len(lst), chunks_ok)
