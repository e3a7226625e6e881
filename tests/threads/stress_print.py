import threading
N_THREADS, N = 8, 200
lock = threading.Lock()
def talk(tid):
    for i in range(N):
        print(f"thread {tid} line {i} " + "x" * 20)
ts = [threading.Thread(target=talk, args=(t,)) for t in range(N_THREADS)]
import io, sys, contextlib
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    for t in ts: t.start()
    for t in ts: t.join(timeout=30)
lines = buf.getvalue().splitlines()
print(len(lines))
ok = all(l.startswith("thread ") and l.endswith("x" * 20) and len(l.split()) == 5 for l in lines)
print("no interleaving inside lines:", ok)
per = {}
for l in lines:
    _, tid, _, i, _ = l.split()
    per.setdefault(int(tid), []).append(int(i))
print(all(per[t] == list(range(N)) for t in range(N_THREADS)))
