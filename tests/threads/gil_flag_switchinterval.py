# weft-args: --gil
# Under --gil, sys._is_gil_enabled() is True (CPython 3.11 always has its GIL and no
# _is_gil_enabled); the switch interval is settable and threads still all run.
import sys, threading, time
print(getattr(sys, "_is_gil_enabled", lambda: True)())
print(sys.getswitchinterval())
for v in (0.0001, 0.05, 1):
    sys.setswitchinterval(v)
    print(sys.getswitchinterval())
for bad in (0, -0.5, "1", None):
    try:
        sys.setswitchinterval(bad)
        print("accepted", bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.setswitchinterval(0.001)
# threads take turns: a sleeping thread and a lock waiter do not block the others
lock = threading.Lock()
lock.acquire()
results = []
def sleeper():
    time.sleep(0.05)
    results.append("slept")
def waiter():
    with lock:
        results.append("got lock")
def spinner():
    n = 0
    for i in range(200000):
        n += i
    results.append("spun")
ts = [threading.Thread(target=f) for f in (sleeper, waiter, spinner)]
for t in ts: t.start()
time.sleep(0.2)
lock.release()
for t in ts: t.join(30)
print(sorted(results), any(t.is_alive() for t in ts))
