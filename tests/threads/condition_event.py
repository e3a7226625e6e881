import threading, time
cond = threading.Condition()
items = []
consumed = []
def consumer():
    with cond:
        while len(consumed) < 5:
            cond.wait_for(lambda: items, timeout=5)
            while items:
                consumed.append(items.pop(0))
c = threading.Thread(target=consumer)
c.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify()
    time.sleep(0.001)
c.join(10)
print("consumed", consumed, c.is_alive())
with cond:
    print("wait timeout returns", cond.wait(timeout=0.01))
    print("wait_for timeout returns", cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    cond.wait(0.01)
except RuntimeError as e:
    print("RuntimeError", e)
ready = threading.Condition()
count = [0]
woken = []
def waiter(i):
    with ready:
        count[0] += 1
        ready.notify_all()
        ready.wait_for(lambda: go[0], timeout=10)
        woken.append(i)
go = [False]
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws: w.start()
with ready:
    ready.wait_for(lambda: count[0] == 4, timeout=10)
    go[0] = True
    ready.notify_all()
for w in ws: w.join(10)
print("woken", sorted(woken))
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
def setter():
    time.sleep(0.01)
    ev.set()
threading.Thread(target=setter).start()
print(ev.wait(10), ev.is_set())
ev.clear()
print(ev.is_set())
c2 = threading.Condition(threading.Lock())
with c2:
    print("condition with explicit Lock ok")
