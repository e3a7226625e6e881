import threading, time
order = []
lock = threading.Lock()
events = [threading.Event() for _ in range(5)]
def step(i):
    events[i].wait(10)
    with lock:
        order.append(i)
    if i + 1 < len(events):
        events[i + 1].set()
ts = [threading.Thread(target=step, args=(i,)) for i in range(5)]
for t in reversed(ts): t.start()
events[0].set()
for t in ts: t.join(10)
print(order)
e = threading.Event()
t0 = time.monotonic()
r = e.wait(0.05)
print(r, time.monotonic() - t0 >= 0.04)
s = threading.Semaphore(0)
def rel():
    time.sleep(0.01)
    s.release()
threading.Thread(target=rel).start()
print(s.acquire(timeout=10))
l = threading.Lock(); l.acquire()
t0 = time.monotonic()
print(l.acquire(timeout=0.05), time.monotonic() - t0 >= 0.04)
