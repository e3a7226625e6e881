import threading
lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
with lock:
    print("in with", lock.locked())
print(lock.locked())
try:
    lock.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError", e)
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested rlock ok")
res = []
def other():
    res.append(r.acquire(blocking=False))
    res.append(lock.acquire(blocking=False))
    if res[-1]:
        lock.release()
r.acquire()
lock.acquire()
t = threading.Thread(target=other); t.start(); t.join(10)
print(res)
r.release(); lock.release()
def release_other():
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
r.acquire()
t = threading.Thread(target=release_other); t.start(); t.join(10)
r.release()
print(res[-1])
l2 = threading.Lock()
l2.acquire()
def releaser():
    l2.release()
t = threading.Thread(target=releaser); t.start(); t.join(10)
print("lock released by other thread:", not l2.locked())
print(type(threading.Lock()).__name__, type(threading.RLock()).__name__ in ("RLock", "_RLock"))
