from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
def task(n):
    if n == 3:
        raise ValueError(f"task {n} failed")
    return n * 10
with ThreadPoolExecutor(4) as ex:
    futs = [ex.submit(task, i) for i in range(6)]
    results, errors = [], []
    for f in futs:
        try:
            results.append(f.result(timeout=10))
        except ValueError as e:
            errors.append(str(e))
print(results, errors)
with ThreadPoolExecutor(2) as ex:
    futs = [ex.submit(task, i) for i in [1, 3, 5]]
    done, pending = wait(futs, timeout=10, return_when=FIRST_EXCEPTION)
    print(any(f.exception() for f in done))
with ThreadPoolExecutor(2) as ex:
    it = ex.map(task, range(5))
    out = []
    try:
        for v in it:
            out.append(v)
    except ValueError as e:
        out.append("stopped: " + str(e))
print(out)
def init(tag):
    import threading
    threading.current_thread().tag = tag
def read_tag():
    import threading
    return threading.current_thread().tag
with ThreadPoolExecutor(2, initializer=init, initargs=("T",)) as ex:
    print(set(ex.map(lambda _: read_tag(), range(4))))
f = ThreadPoolExecutor(1)
fut = f.submit(lambda: 1 / 0)
print(type(fut.exception(10)).__name__, str(fut.exception()))
f.shutdown()
with ThreadPoolExecutor(3) as ex:
    print(sorted(f.result() for f in as_completed([ex.submit(pow, 2, i) for i in range(8)], timeout=10)))
