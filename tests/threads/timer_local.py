import threading, time
fired = []
t = threading.Timer(0.01, lambda: fired.append("fired"))
t.start(); t.join(10)
print(fired)
t2 = threading.Timer(5, lambda: fired.append("never"))
t2.start(); t2.cancel(); t2.join(10)
print(fired, t2.is_alive())
t3 = threading.Timer(0.01, fired.append, args=["with args"])
t3.start(); t3.join(10)
print(fired)
local = threading.local()
local.x = "main"
seen = {}
def worker(i):
    print_ok = not hasattr(local, "x")
    local.x = i
    time.sleep(0.005)
    seen[i] = (local.x, print_ok)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join(10)
print(sorted(seen.items()), local.x)
class MyLocal(threading.local):
    def __init__(self):
        self.initialized = threading.current_thread().name
ml = MyLocal()
names = []
def use():
    names.append(ml.initialized)
th = threading.Thread(target=use, name="T-local"); th.start(); th.join(10)
print(ml.initialized, names)
