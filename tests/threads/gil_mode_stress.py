# weft-args: --gil
import threading, sys
N_THREADS, N = 8, 10000
shared = []
counter = [0]
lock = threading.Lock()
def work(tid):
    for i in range(N):
        shared.append(i)
        with lock:
            counter[0] += 1
ts = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
if any(t.is_alive() for t in ts):
    print("FAIL: thread still alive")
print(len(shared), counter[0], sum(shared) == N_THREADS * sum(range(N)))
sys.setswitchinterval(0.0001)
print(sys.getswitchinterval())
