import threading, time

l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01))
l.release()
try:
    l.release()
except RuntimeError as e:
    print('RuntimeError', e)
with l:
    print('in', l.locked())
r = threading.RLock()
r.acquire(); r.acquire(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
with r:
    with r:
        print('reentrant ok')

# Condition
c = threading.Condition()
try:
    c.wait()
except RuntimeError as e:
    print(e)
try:
    c.notify()
except RuntimeError as e:
    print(e)
items = []
def consumer():
    with c:
        c.wait_for(lambda: len(items) >= 3)
        res.append(list(items))
res = []
ts = [threading.Thread(target=consumer) for _ in range(3)]
for t in ts: t.start()
for i in range(3):
    time.sleep(0.01)
    with c:
        items.append(i)
        c.notify_all()
for t in ts: t.join(5)
print(res)
with c:
    print(c.wait(0.01), c.wait_for(lambda: False, 0.01))
c2 = threading.Condition(threading.Lock())
with c2:
    print(c2.wait(0))

# Semaphore
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01))
s.release(2)
print(s.acquire(), s._value)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print(e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(e)
try:
    s.release(0)
except ValueError as e:
    print(e)
b = threading.BoundedSemaphore(1)
b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print(e)
with b:
    print('bs', b._value)
# semaphore limits concurrency
sem = threading.Semaphore(2)
cur = [0, 0]
lk = threading.Lock()
def worker():
    with sem:
        with lk:
            cur[0] += 1
            cur[1] = max(cur[1], cur[0])
        time.sleep(0.01)
        with lk:
            cur[0] -= 1
ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join(5)
print('max concurrent', cur[1])

# Event
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Timer(0.01, ev.set).start()
print(ev.wait(5), ev.is_set())
ev.clear(); print(ev.is_set())

# Barrier
bar = threading.Barrier(3, action=lambda: out.append('action'), timeout=5)
out = []
idx = []
def bw():
    i = bar.wait()
    idx.append(i)
ts = [threading.Thread(target=bw) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join(5)
print(sorted(idx), out, bar.parties, bar.n_waiting, bar.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(0.02)
except threading.BrokenBarrierError as e:
    print('broken', repr(e), b2.broken)
b2.reset()
print(b2.broken)
b3 = threading.Barrier(2)
errs = []
def aw():
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        errs.append('BBE')
t = threading.Thread(target=aw); t.start()
time.sleep(0.02)
print(b3.n_waiting)
b3.abort(); t.join(5)
print(errs, b3.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
# Barrier reuse
b4 = threading.Barrier(2)
cnt = []
def rw():
    for _ in range(5):
        cnt.append(b4.wait())
ts = [threading.Thread(target=rw) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join(5)
print(sorted(cnt))
import re
def norm(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)
print(norm(repr(threading.Semaphore(2))), norm(repr(threading.BoundedSemaphore(3))), norm(repr(ev)), norm(repr(b4)), norm(repr(b3)))
print(norm(repr(threading.Condition(threading.Lock()))))
