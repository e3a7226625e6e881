import concurrent.futures as cf
import threading, time, sys, io

# exception raised in a done-callback is logged, others still run
saved, sys.stderr = sys.stderr, io.StringIO()
f = cf.Future()
calls = []
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: calls.append("second"))
f.set_result(1)
log, sys.stderr = sys.stderr.getvalue(), saved
print(calls, log.splitlines()[0].split(" for ")[0], log.splitlines()[-1])
# future repr states
f = cf.Future()
import re
norm = lambda s: re.sub(r"0x[0-9a-f]+", "ADDR", s)
print(norm(repr(f)))
f.set_running_or_notify_cancel(); print(norm(repr(f)))
f.set_exception(ValueError("x")); print(norm(repr(f)))
f = cf.Future(); f.cancel(); print(norm(repr(f)))
try:
    f.set_running_or_notify_cancel()
    print("was cancelled -> False?")
except Exception as e:
    print(type(e).__name__)
f = cf.Future(); f.set_result([1, 2]); print(norm(repr(f)))
# exceptions from worker keep their traceback
def deep():
    def inner():
        raise LookupError("deep")
    inner()
with cf.ThreadPoolExecutor(2) as ex:
    fut = ex.submit(deep)
    e = fut.exception(5)
    import traceback
    names = [fr.name for fr in traceback.extract_tb(e.__traceback__)]
    print(type(e).__name__, names[-2:])
    try:
        fut.result()
    except LookupError as e2:
        print(e2 is e)
    # BaseException in worker
    fut = ex.submit(sys.exit, 4)
    print(type(fut.exception(5)).__name__)
    fut = ex.submit(lambda: (_ for _ in ()).throw(KeyboardInterrupt()))
    print(type(fut.exception(5)).__name__)
    # map with unequal iterables, lambda with multiple args
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
    # submit with kwargs, fn keyword
    print(ex.submit(dict, a=1, fn=2).result(5))
# wait() with no futures, as_completed of already-done and duplicates
print(cf.wait([]))
f1 = cf.Future(); f1.set_result(1)
print([x.result() for x in cf.as_completed([f1, f1])])
try:
    cf.wait([f1], return_when="bogus")
except ValueError as e:
    print("ValueError", e)
# shutdown twice, map after shutdown
ex = cf.ThreadPoolExecutor(1)
ex.shutdown(); ex.shutdown()
try:
    ex.map(abs, [1])
except RuntimeError as e:
    print("RuntimeError", e)
print(cf.ThreadPoolExecutor()._max_workers > 0)
print(sorted(cf.__all__), cf.ThreadPoolExecutor.__name__)
