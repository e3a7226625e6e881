import threading
N_THREADS, N = 8, 20000
shared = []
def work(tid):
    app = shared.append
    for i in range(N):
        app((tid, i))
ts = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
if any(t.is_alive() for t in ts):
    print("FAIL: thread still alive")
print(len(shared), len(shared) == N_THREADS * N)
per = {}
for tid, i in shared:
    per.setdefault(tid, []).append(i)
print(all(per[t] == list(range(N)) for t in range(N_THREADS)), sorted(per) == list(range(N_THREADS)))
