import concurrent.futures as cf
import threading, time, sys

def sq(x):
    return x * x
def slow(x, d):
    time.sleep(d)
    return x
def fail(x):
    raise KeyError(x)

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(sq, range(10))))
    print(list(ex.map(pow, [2, 3], [5, 6])))
    print(list(ex.map(sq, [])))
    futs = [ex.submit(sq, i) for i in range(5)]
    print(sorted(f.result(timeout=5) for f in cf.as_completed(futs, timeout=5)))
    f = ex.submit(fail, "k")
    try:
        f.result(5)
    except KeyError as e:
        print("KeyError", e)
    print(type(f.exception(5)).__name__, f.done(), f.cancelled(), f.running())
    it = ex.map(fail, [1, 2])
    try:
        list(it)
    except KeyError as e:
        print("map KeyError", e)
    # timeout on result
    f = ex.submit(slow, 1, 0.3)
    try:
        f.result(timeout=0.01)
    except cf.TimeoutError as e:
        print("TimeoutError", repr(e), cf.TimeoutError is TimeoutError)
    print(f.result(5))
    # wait FIRST_COMPLETED
    fs = [ex.submit(slow, 1, 0.05), ex.submit(slow, 2, 0.6)]
    done, nd = cf.wait(fs, timeout=5, return_when=cf.FIRST_COMPLETED)
    print(len(done), len(nd), [f.result() for f in done])
    done, nd = cf.wait(fs, timeout=5)
    print(len(done), len(nd))
    fs = [ex.submit(slow, 1, 0.05), ex.submit(fail, 2), ex.submit(slow, 3, 0.5)]
    done, nd = cf.wait(fs, timeout=5, return_when=cf.FIRST_EXCEPTION)
    print(sorted(type(f.exception()).__name__ for f in done), len(nd))
    done, nd = cf.wait(fs, timeout=0.0)
    print(type(done).__name__, type(nd).__name__)
    cf.wait(fs, 5)
    print(cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED)
    # as_completed timeout
    f = ex.submit(slow, 9, 0.5)
    try:
        for x in cf.as_completed([f], timeout=0.05):
            pass
    except cf.TimeoutError as e:
        print("as_completed TimeoutError", e)
    # map timeout
    try:
        list(ex.map(slow, [1], [0.5], timeout=0.05))
    except cf.TimeoutError as e:
        print("map TimeoutError", e)
    # callback
    got = []
    f = ex.submit(sq, 7)
    f.add_done_callback(lambda fut: got.append(fut.result()))
    f.result(5)
    time.sleep(0.05)
    print(got)
    f.add_done_callback(lambda fut: got.append("late"))
    print(got)
    # map chunksize ignored
    print(list(ex.map(sq, range(5), chunksize=2)))

# after shutdown
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print("RuntimeError", e)
ex.shutdown()
# cancel
ex = cf.ThreadPoolExecutor(max_workers=1)
block = threading.Event()
f1 = ex.submit(block.wait, 5)
f2 = ex.submit(sq, 3)
time.sleep(0.05)
print(f1.cancel(), f2.cancel(), f2.cancelled(), f2.done())
try:
    f2.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
try:
    f2.exception()
except cf.CancelledError as e:
    print("CancelledError exc")
block.set()
print(f1.result(5))
ex.shutdown(wait=True)
# shutdown cancel_futures
ex = cf.ThreadPoolExecutor(max_workers=1)
block = threading.Event()
fs = [ex.submit(block.wait, 5)] + [ex.submit(sq, i) for i in range(5)]
time.sleep(0.05)
ex.shutdown(wait=False, cancel_futures=True)
block.set()
print([f.cancelled() for f in fs])
print(fs[0].result(5))
# negative max workers
for mw in (0, -1):
    try:
        cf.ThreadPoolExecutor(max_workers=mw)
    except ValueError as e:
        print("ValueError", e)
# thread name prefix
with cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result(5))
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    n = ex.submit(lambda: threading.current_thread().name).result(5)
    print(n.startswith("ThreadPoolExecutor-"), n.endswith("_0"))
# initializer
def init(v):
    threading.current_thread().tag = v
with cf.ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("T",)) as ex:
    print(list(ex.map(lambda _: threading.current_thread().tag, range(4))))
def badinit():
    raise ValueError("init fail")
import io
saved, sys.stderr = sys.stderr, io.StringIO()
ex = cf.ThreadPoolExecutor(max_workers=1, initializer=badinit)
f = ex.submit(sq, 2)
try:
    f.result(5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()
logged, sys.stderr = sys.stderr.getvalue(), saved
print(logged.splitlines()[0], logged.splitlines()[-1])
try:
    ex.submit(sq, 2)
except Exception as e:
    print(type(e).__name__, e)
ex.shutdown()
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print("TypeError", e)
# Future object directly
f = cf.Future()
print(f.done(), f.running(), f.set_running_or_notify_cancel(), f.running())
f.set_result(5)
print(f.result(), f.done())
try:
    f.set_result(6)
except cf.InvalidStateError as e:
    print("InvalidStateError", str(e).split(":")[0])
f = cf.Future()
print(f.cancel(), f.cancelled(), f.cancel())
f = cf.Future(); f.set_exception(OSError(2, "nope"))
print(repr(f.exception()))
print(cf.Future().__class__.__name__)
