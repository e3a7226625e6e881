# Locks are made without arguments: CPython's messages for any given.
import _thread, threading
for s in ['threading.Lock(1)', '_thread.allocate_lock(True, 2)', '_thread.allocate(1)',
          'threading.Lock(x=1)', '_thread._set_sentinel(1)']:
    try:
        print(s, eval(s))
    except TypeError as e:
        print(s, 'TypeError:', e)
lk = threading.Lock()
print(lk.acquire(), lk.locked(), lk.acquire(False), type(_thread.allocate()).__name__)
lk.release()
print(lk.locked())
