import _thread, threading, time
done = threading.Event()
out = []
def f(a, b=0):
    out.append(a + b)
    done.set()
ident = _thread.start_new_thread(f, (1,), {"b": 2})
done.wait(10)
print(out, isinstance(ident, int), isinstance(_thread.get_ident(), int))
lk = _thread.allocate_lock()
print(lk.acquire(), lk.locked(), lk.acquire(0), lk.release(), lk.locked())
print(type(_thread.LockType).__name__, _thread.TIMEOUT_MAX > 0, _thread.error is RuntimeError)
rl = _thread.RLock() if hasattr(_thread, "RLock") else threading.RLock()
print(rl.acquire(), rl.acquire(), rl.release(), rl.release())
