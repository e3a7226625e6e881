import threading
results = {}
def work(n, label="x"):
    results[n] = (label, sum(range(n)), threading.current_thread().name)
t1 = threading.Thread(target=work, args=(10,), kwargs={"label": "ten"}, name="worker-1")
t2 = threading.Thread(target=work, args=(100,), name="worker-2", daemon=True)
print(t1.name, t2.name, t1.daemon, t2.daemon, t1.is_alive(), t1.ident is None)
t1.start(); t2.start()
t1.join(timeout=10); t2.join(timeout=10)
print(sorted(results.items()), t1.is_alive(), t2.is_alive(), isinstance(t1.ident, int), isinstance(t1.native_id, int))
class MyThread(threading.Thread):
    def __init__(self, v):
        super().__init__(name=f"my-{v}")
        self.v = v
        self.out = None
    def run(self):
        self.out = self.v * 2
ts = [MyThread(i) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join(10)
print([t.out for t in ts], [t.name for t in ts])
print(threading.current_thread().name, threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.active_count(), len(threading.enumerate()), isinstance(threading.get_ident(), int), isinstance(threading.get_native_id(), int))
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), "(<lambda>)" in t.name)
t.start(); t.join(10)
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
ev = threading.Event()
slow = threading.Thread(target=ev.wait, args=(5,))
slow.start()
slow.join(timeout=0.05)
print("alive after short join:", slow.is_alive())
ev.set()
slow.join(10)
print("alive after set:", slow.is_alive())
d = threading.Thread(target=lambda: None, daemon=True)
d.daemon = False
print(d.daemon)
t = threading.Thread(target=lambda: None, name="renamed")
t.name = "new-name"
print(t.name, repr(t).startswith("<Thread(new-name, initial"))
print(threading.TIMEOUT_MAX > 0, callable(threading.settrace), callable(threading.setprofile))
threading.settrace(None) if False else None
