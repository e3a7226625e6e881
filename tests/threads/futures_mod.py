from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED, Future, TimeoutError as FTimeout, CancelledError
import threading, time
def sq(x): return x * x
with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(sq, i) for i in range(10)]
    print([f.result(timeout=10) for f in futs])
    print(list(ex.map(sq, range(8))), list(ex.map(pow, [2, 3], [5, 2])))
    print(sorted(f.result() for f in as_completed(futs, timeout=10)))
    done, notdone = wait(futs, timeout=10)
    print(len(done), len(notdone))
def boom(): raise ValueError("in future")
ex = ThreadPoolExecutor(2, thread_name_prefix="pool")
f = ex.submit(boom)
print(type(f.exception(timeout=10)).__name__, f.done(), f.cancelled(), f.running())
try:
    f.result()
except ValueError as e:
    print("ValueError", e)
names = ex.submit(lambda: threading.current_thread().name).result(10)
print(names.startswith("pool"))
calls = []
f2 = ex.submit(sq, 7)
f2.result(10)
f2.add_done_callback(lambda fut: calls.append(fut.result()))
print(calls)
ev = threading.Event()
blocker = ex.submit(ev.wait, 10)
blocker2 = ex.submit(ev.wait, 10)
queued = ex.submit(sq, 3)
print("cancel queued:", queued.cancel(), queued.cancelled(), queued.done())
try:
    queued.result()
except CancelledError:
    print("CancelledError")
try:
    blocker.result(timeout=0.01)
except FTimeout:
    print("TimeoutError")
ev.set()
done, pending = wait([blocker, blocker2], timeout=10, return_when=ALL_COMPLETED)
print(len(done), len(pending), blocker.result())
ex.shutdown(wait=True)
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print("RuntimeError", e)
fut = Future()
print(fut.done(), fut.set_running_or_notify_cancel(), fut.running())
fut.set_result(42)
print(fut.result(), fut.done())
f3 = Future()
f3.set_exception(KeyError("k"))
print(repr(f3.exception()))
with ThreadPoolExecutor(3) as ex2:
    fs = [ex2.submit(time.sleep, 0.001 * i) for i in range(3)]
    d, nd = wait(fs, return_when=FIRST_COMPLETED, timeout=10)
    print(len(d) >= 1)
    print(list(ex2.map(lambda s: s.upper(), ["a", "b"], timeout=10)))
try:
    with ThreadPoolExecutor(1) as ex3:
        list(ex3.map(lambda v: 1 / v, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError", e)
