import threading
from collections import deque
N_THREADS, N = 8, 20000
s = set()
dq = deque()
def work(tid):
    for i in range(N):
        s.add(tid * N + i)
        s.add(i)
        dq.append(i)
ts = [threading.Thread(target=work, args=(t,)) for t in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
if any(t.is_alive() for t in ts):
    print("FAIL: thread still alive")
print(len(s), len(s) == N_THREADS * N, len(dq), sum(dq) == N_THREADS * sum(range(N)))
popped = []
plock = threading.Lock()
def popper():
    local = []
    while True:
        try:
            local.append(dq.popleft())
        except IndexError:
            break
    with plock:
        popped.extend(local)
ts = [threading.Thread(target=popper) for _ in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
print(len(popped), sum(popped) == N_THREADS * sum(range(N)), len(dq))
s2 = set(range(50000))
removed = []
def remover(tid):
    got = 0
    for v in range(tid, 50000, N_THREADS):
        s2.discard(v)
        got += 1
    removed.append(got)
ts = [threading.Thread(target=remover, args=(t,)) for t in range(N_THREADS)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
print(len(s2), sum(removed))
