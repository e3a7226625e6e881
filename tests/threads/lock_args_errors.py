import threading, sys

# Lock.acquire argument errors
l = threading.Lock()
for args, kw in [((False, 1), {}), ((), {"timeout": -2}), ((), {"blocking": False, "timeout": 0.5}),
                 ((), {"timeout": "x"}), (("a",), {}), ((), {"timeout": 1e100})]:
    try:
        r = l.acquire(*args, **kw)
        print("ok", r)
        if r: l.release()
    except Exception as e:
        print(type(e).__name__, e)
print(l.acquire(timeout=-1)); l.release()
print(l.acquire(False)); print(l.acquire(False)); l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
r = threading.RLock()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
for args, kw in [((False, 1), {}), ((), {"timeout": -2})]:
    try:
        print(r.acquire(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
r.acquire(); r.acquire(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
# release from other thread
r.acquire()
def other():
    try:
        r.release()
    except RuntimeError as e:
        print("other RuntimeError", e)
t = threading.Thread(target=other); t.start(); t.join(5)
r.release()
print(repr(l).split(" object at")[0], "locked" in repr(l))
l.acquire()
print("<locked" in repr(l))
l.release()
print("<unlocked" in repr(l))
print(type(l).__name__, type(r).__name__)
print(r._is_owned() if hasattr(r, "_is_owned") else None)
# Lock with
with l:
    print(l.locked())
print(l.locked())
# Condition without lock
c = threading.Condition()
for m in ("wait", "notify", "notify_all"):
    try:
        getattr(c, m)()
    except RuntimeError as e:
        print(m, "RuntimeError", e)
with c:
    print(c.wait(0.01))
    print(c.wait_for(lambda: 5, 0.01))
    print(c.wait_for(lambda: 0, 0.01))
    print(c.wait_for(lambda: "", timeout=0))
# Semaphore
for cls in (threading.Semaphore, threading.BoundedSemaphore):
    try:
        cls(-1)
    except ValueError as e:
        print(cls.__name__, "ValueError", e)
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError", e)
s = threading.Semaphore(0)
print(s.acquire(False), s.acquire(timeout=0.01))
s.release(3)
print(s.acquire(), s.acquire(), s.acquire(), s.acquire(blocking=False))
try:
    s.release(0)
except ValueError as e:
    print("ValueError", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
# Event
e = threading.Event()
print(e.is_set(), e.wait(0.01), e.wait(timeout=0))
e.set(); print(e.is_set(), e.wait(), e.wait(0))
e.clear(); print(e.is_set())
print(e.isSet() if hasattr(e, "isSet") else "no")
