import threading, time
class Bad(threading.Thread):
    def __init__(self):
        pass
b = Bad()
for op in (lambda: b.start(), lambda: b.name, lambda: b.is_alive(), lambda: repr(b)):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
t = threading.Thread(target=5)
t.name = "notcallable"
import io, sys
saved, sys.stderr = sys.stderr, io.StringIO()
t.start(); t.join(5)
err, sys.stderr = sys.stderr.getvalue(), saved
print(err.splitlines()[0], err.splitlines()[-1])
ev = threading.Event()
t = threading.Thread(target=ev.wait, args=(5,)); t.start()
t0 = time.monotonic(); t.join(-1); print(t.is_alive(), time.monotonic() - t0 < 1)
t.join(0); print(t.is_alive())
ev.set(); t.join(5); print(t.is_alive())
try:
    t.join("x")
except TypeError as e:
    print("TypeError", e)
t = threading.Thread(name=123); print(repr(t.name))
t = threading.Thread(name=""); print(t.name.startswith("Thread-"))
t.name = "x"; print(t.name)
try:
    threading.Thread(target=print).native_id
    print("ok")
except Exception as e:
    print(type(e).__name__)
try:
    threading.current_thread().daemon = True
except RuntimeError as e:
    print("RuntimeError", e)
print(threading.current_thread().__class__.__name__)
def inner():
    print(threading.current_thread().__class__.__name__, threading.current_thread().name)
t = threading.Thread(target=inner, name="n"); t.start(); t.join(5)
# Event.wait with negative timeout
e = threading.Event(); print(e.wait(-1))
c = threading.Condition(); 
with c: print(c.wait(-1), c.wait(0))
l = threading.Lock(); print(l.acquire(True, 0)); l.release()
print(l.acquire(timeout=0)); l.release()
print(threading.Semaphore(1).acquire(timeout=-1))
try:
    threading.Semaphore(0).acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
print(threading.Barrier(1).wait(), threading.Barrier(1).wait(-1))
try:
    threading.Timer(-1, lambda: None).start(); print("timer ok")
except Exception as e:
    print(type(e).__name__, e)
time.sleep(0.05)
print(threading.Timer.__mro__[1].__name__)
