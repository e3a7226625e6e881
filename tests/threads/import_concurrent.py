# Threads importing the same module at once: the ones that do not run its code wait
# until it has finished instead of seeing it half-initialized (as with CPython's
# per-module import locks).
import threading
res = []
lock = threading.Lock()
def w():
    from imp_concurrent import slowmod
    try:
        r = slowmod.late()
    except AttributeError:
        r = "AttributeError: half-initialized module"
    with lock:
        res.append(r)
ts = [threading.Thread(target=w) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join(10)
print(res, any(t.is_alive() for t in ts))
