import concurrent.futures as cf
import threading, time, re, sys, io

def norm(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', str(s))

f = cf.Future()
print(norm(repr(f)), f.done(), f.running(), f.cancelled())
f.set_result(42)
print(norm(repr(f)), f.result(), f.exception(), f.done())
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print(norm(repr(e)))
f = cf.Future(); f.set_exception(ValueError('v'))
print(norm(repr(f)), repr(f.exception()))
try:
    f.result()
except ValueError as e:
    print('raised', e)
f = cf.Future()
print(f.cancel(), f.cancelled(), f.done(), norm(repr(f)), f.cancel())
try:
    f.result()
except cf.CancelledError as e:
    print('CancelledError', repr(e))
f = cf.Future()
print(f.set_running_or_notify_cancel(), f.running(), f.cancel(), norm(repr(f)))
try:
    f.result(timeout=0.01)
except cf.TimeoutError as e:
    print('timeout', type(e), cf.TimeoutError is TimeoutError)
calls = []
f = cf.Future()
f.add_done_callback(lambda fu: calls.append(('cb1', fu.result())))
f.set_result(7)
f.add_done_callback(lambda fu: calls.append(('cb2', fu.result())))
print(calls)

def sq(x):
    time.sleep(0.001 * (x % 3))
    return x * x

with cf.ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(sq, i) for i in range(10)]
    print([fu.result() for fu in futs])
    print(list(ex.map(sq, range(10))))
    print(list(ex.map(pow, [2, 3], [5, 6])))
    print(sorted(fu.result() for fu in cf.as_completed(futs)))
    done, not_done = cf.wait(futs)
    print(len(done), len(not_done))
    r = cf.wait(futs, return_when=cf.FIRST_COMPLETED)
    print(type(r).__name__, len(r.done), len(r.not_done))
print(ex._shutdown)
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print(e)
try:
    cf.ThreadPoolExecutor(0)
except ValueError as e:
    print(e)
try:
    cf.ThreadPoolExecutor(initializer=3)
except TypeError as e:
    print(e)

# names
names = set()
with cf.ThreadPoolExecutor(2, thread_name_prefix='pool') as ex:
    list(ex.map(lambda _: (time.sleep(0.01), names.add(threading.current_thread().name)), range(4)))
print(sorted(names))
ex = cf.ThreadPoolExecutor(1)
print(re.sub(r'\d+', 'N', ex._thread_name_prefix))
nm = ex.submit(lambda: threading.current_thread().name).result()
print(re.sub(r'\d+', 'N', nm))
ex.shutdown()

# exceptions
def bad(x):
    if x == 3:
        raise KeyError(x)
    time.sleep(0.05)
    return x
with cf.ThreadPoolExecutor(4) as ex:
    futs = [ex.submit(bad, i) for i in range(5)]
    done, nd = cf.wait(futs, return_when=cf.FIRST_EXCEPTION)
    print(any(isinstance(f.exception(), KeyError) for f in done))
    try:
        list(ex.map(bad, range(5)))
    except KeyError as e:
        print('map raised', repr(e))

# wait timeout
ev = threading.Event()
with cf.ThreadPoolExecutor(2) as ex:
    slow = ex.submit(ev.wait)
    done, nd = cf.wait([slow], timeout=0.02)
    print(len(done), len(nd))
    try:
        for f in cf.as_completed([slow], timeout=0.02):
            pass
    except cf.TimeoutError as e:
        print('as_completed', e)
    try:
        list(ex.map(lambda x: ev.wait(), [1], timeout=0.02))
    except cf.TimeoutError:
        print('map timeout')
    ev.set()

# cancel_futures
ev = threading.Event()
ex = cf.ThreadPoolExecutor(1)
f1 = ex.submit(ev.wait, 5)
time.sleep(0.01)
f2 = ex.submit(lambda: 1)
f3 = ex.submit(lambda: 2)
ex.shutdown(wait=False, cancel_futures=True)
ev.set()
print(f1.result(), f2.cancelled(), f3.cancelled())
ex.shutdown()

# initializer failing
def init():
    raise ValueError('init')
err = io.StringIO(); old = sys.stderr; sys.stderr = err
ex = cf.ThreadPoolExecutor(1, initializer=init)
f = ex.submit(lambda: 1)
try:
    f.result(timeout=5)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
sys.stderr = old
print(err.getvalue().splitlines()[0])
try:
    ex.submit(lambda: 1)
except Exception as e:
    print(type(e).__name__, e)
ex.shutdown()
# callback raising
err = io.StringIO(); sys.stderr = err
f = cf.Future(); f.add_done_callback(lambda f: 1/0); f.set_result(1)
sys.stderr = old
lines = err.getvalue().splitlines()
print(norm(lines[0]), lines[-1])
print(issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError))
print(cf.Future[int])
with cf.ProcessPoolExecutor(2) as pex:
    print(list(pex.map(abs, [-1, -2, 3])))
