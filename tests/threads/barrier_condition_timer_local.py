import threading, queue, time

# Barrier
b = threading.Barrier(3, timeout=5)
print(b.parties, b.n_waiting, b.broken)
res = []
lk = threading.Lock()
def w():
    i = b.wait()
    with lk: res.append(i)
ts = [threading.Thread(target=w) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join(5)
print(sorted(res))
# timeout -> broken
b = threading.Barrier(2)
try:
    b.wait(timeout=0.05)
except threading.BrokenBarrierError as e:
    print("BrokenBarrierError", repr(e), b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset(); print(b.broken)
# abort while waiting
b = threading.Barrier(3)
errs = []
def w2():
    try:
        b.wait(5)
    except threading.BrokenBarrierError:
        with lk: errs.append("broken")
ts = [threading.Thread(target=w2) for _ in range(2)]
for t in ts: t.start()
while b.n_waiting < 2: time.sleep(0.005)
b.abort()
for t in ts: t.join(5)
print(errs, b.broken)
# action
b = threading.Barrier(2, action=lambda: print("action ran"))
t = threading.Thread(target=b.wait, args=(5,)); t.start()
b.wait(5); t.join(5)
# action raising
def bad(): raise ValueError("action fail")
b = threading.Barrier(1, action=bad)
try:
    b.wait()
except ValueError as e:
    print("ValueError", e, b.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError", e)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

# Condition wait_for with timeout
c = threading.Condition()
state = {"v": 0}
def setter():
    time.sleep(0.05)
    with c:
        state["v"] = 5
        c.notify_all()
t = threading.Thread(target=setter); t.start()
with c:
    r = c.wait_for(lambda: state["v"] == 5, timeout=5)
print("wait_for", r)
t.join(5)
with c:
    print(c.wait_for(lambda: state["v"] == 6, timeout=0.05))
c2 = threading.Condition(threading.Lock())
print(repr(c2).startswith("<Condition(<unlocked _thread.lock"))
with c2:
    c2.notify(0)
    c2.notify(5)
# notify count
c = threading.Condition()
woke = []
def waiter(i):
    with c:
        c.wait(5)
        woke.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in ts: t.start()
time.sleep(0.1)
with c: c.notify(2)
time.sleep(0.1)
print(len(woke))
with c: c.notify_all()
for t in ts: t.join(5)
print(len(woke))

# Timer
out = []
tm = threading.Timer(0.05, out.append, args=("fired",))
tm.start(); tm.join(5); print(out)
tm = threading.Timer(5, out.append, args=("never",))
tm.start(); tm.cancel(); tm.join(5); print(out, tm.is_alive(), tm.finished.is_set())
tm = threading.Timer(0.01, lambda **k: out.append(k), kwargs={"a": 1}); tm.start(); tm.join(5)
print(out)
print(tm.name.startswith("Thread-"))

# local
loc = threading.local()
loc.x = "main"
r = []
def lw(i):
    r.append(hasattr(loc, "x"))
    loc.x = i
    time.sleep(0.01)
    r.append(loc.x == i)
ts = [threading.Thread(target=lw, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join(5)
print(r.count(False), r.count(True), loc.x)
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
        self.items = []
ml = MyLocal(7)
def lw2():
    r.append((ml.v, ml.items))
    ml.items.append(1)
t = threading.Thread(target=lw2); t.start(); t.join(5)
print(r[-1], ml.items)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
from concurrent.futures import ThreadPoolExecutor
tl = threading.local()
def pooled(i):
    if not hasattr(tl, "n"):
        tl.n = 0
    tl.n += 1
    return tl.n
with ThreadPoolExecutor(max_workers=1) as ex:
    print(list(ex.map(pooled, range(5))))
del loc.x
try:
    loc.x
except AttributeError as e:
    print("AttributeError", e)
print(type(loc).__name__, type(loc).__module__)
