import _thread, threading, time, sys
print(_thread.error is RuntimeError, _thread.LockType is type(_thread.allocate_lock()))
l = _thread.allocate_lock()
print(l.acquire(), l.locked(), l.acquire(0), l.acquire_lock(False))
l.release()
print(l.locked())
try:
    l.release()
except RuntimeError as e:
    print(type(e).__name__, e)
done = _thread.allocate_lock(); done.acquire()
res = []
def f(a, b=0):
    res.append((a, b, _thread.get_ident() != threading.main_thread().ident))
    done.release()
ident = _thread.start_new_thread(f, (1,), {"b": 2})
print(isinstance(ident, int))
print(done.acquire(timeout=5), res)
for bad in [(f, 1), (5, ()), (f, (), 1)]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError", e)
print(_thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as e:
    print("ValueError", e)
print(_thread.stack_size(0))
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX)
try:
    _thread.interrupt_main()
    for i in range(1000000):
        pass
    print("no interrupt")
except KeyboardInterrupt:
    print("interrupt_main -> KeyboardInterrupt")
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
r.release(); r.release()
print(r._is_owned())
print(_thread._count() >= 0)
try:
    _thread.exit()
except SystemExit as e:
    print("SystemExit", e.args)
