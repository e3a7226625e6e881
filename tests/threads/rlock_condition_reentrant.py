import threading
rl = threading.RLock()
cond = threading.Condition(rl)
data = []
def producer():
    for i in range(10):
        with cond:
            with rl:
                data.append(i)
            cond.notify()
def consumer(out):
    got = 0
    with cond:
        while got < 10:
            if not cond.wait_for(lambda: len(data) > got, timeout=10):
                out.append("timeout")
                return
            got = len(data)
    out.append(got)
out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
p = threading.Thread(target=producer)
p.start()
p.join(10); c.join(10)
print(out, data)
class SafeCounter:
    def __init__(self):
        self._lock = threading.RLock()
        self.value = 0
    def incr(self):
        with self._lock:
            self.value += 1
    def incr_twice(self):
        with self._lock:
            self.incr()
            self.incr()
sc = SafeCounter()
ts = [threading.Thread(target=lambda: [sc.incr_twice() for _ in range(1000)]) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join(10)
print(sc.value)
