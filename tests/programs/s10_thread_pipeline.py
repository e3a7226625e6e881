"""Threaded word-count pipeline with queue.Queue workers, locks and conditions."""
import threading
import queue
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_EXCEPTION
from collections import Counter
import contextlib
import io
import sys

DOCS = {
    "a.txt": "the cat sat on the mat the end",
    "b.txt": "a dog and a cat met on a log",
    "c.txt": "",
    "d.txt": "BAD",
    "e.txt": "on and on and on it went",
}

STOP = object()


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.counts = Counter()
        self.errors = []
        self.processed = 0

    def add(self, name, words):
        with self.lock:
            self.counts.update(words)
            self.processed += 1

    def fail(self, name, exc):
        with self.lock:
            self.errors.append((name, repr(exc)))


def tokenize(text):
    if text == "BAD":
        raise ValueError("corrupt document")
    return text.lower().split()


def worker(inbox, stats, done_names):
    while True:
        item = inbox.get()
        try:
            if item is STOP:
                return
            name, text = item
            try:
                stats.add(name, tokenize(text))
                done_names.append(name)
            except ValueError as e:
                stats.fail(name, e)
        finally:
            inbox.task_done()


def run_queue_pipeline(n_workers=3):
    inbox = queue.Queue(maxsize=2)
    stats = Stats()
    done = []
    threads = [threading.Thread(target=worker, args=(inbox, stats, done), name=f"w{i}")
               for i in range(n_workers)]
    for t in threads:
        t.start()
    for item in sorted(DOCS.items()):
        inbox.put(item)
    inbox.join()
    for _ in threads:
        inbox.put(STOP)
    for t in threads:
        t.join(timeout=5)
    print("alive after join:", [t.is_alive() for t in threads])
    print("processed:", stats.processed, "done:", sorted(done))
    print("errors:", stats.errors)
    print("top:", sorted(stats.counts.most_common(), key=lambda kv: (-kv[1], kv[0]))[:4])


class BoundedBuffer:
    def __init__(self, cap):
        self.cap = cap
        self.items = []
        self.cond = threading.Condition()

    def put(self, x):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.cap)
            self.items.append(x)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            self.cond.wait_for(lambda: self.items)
            x = self.items.pop(0)
            self.cond.notify_all()
            return x


def run_condition_demo():
    buf = BoundedBuffer(2)
    out = []

    def producer():
        for i in range(8):
            buf.put(i * i)
        buf.put(None)

    def consumer():
        while (x := buf.get()) is not None:
            out.append(x)

    ts = [threading.Thread(target=producer), threading.Thread(target=consumer)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("condition:", out)


def slow_square(x):
    time.sleep(0.001 * (5 - x % 5))
    if x == 7:
        raise RuntimeError(f"unlucky {x}")
    return x * x


def run_executor():
    with ThreadPoolExecutor(max_workers=4) as ex:
        print("map:", list(ex.map(slow_square, range(6))))
        futs = {ex.submit(slow_square, i): i for i in range(5, 10)}
        results = {}
        for f in as_completed(futs):
            i = futs[f]
            try:
                results[i] = f.result()
            except RuntimeError as e:
                results[i] = f"error: {e}"
        print("as_completed:", dict(sorted(results.items())))
        f = ex.submit(slow_square, 7)
        done, not_done = wait([f], return_when=FIRST_EXCEPTION)
        print("wait:", len(done), len(not_done), type(f.exception()).__name__, f.done())
        try:
            list(ex.map(slow_square, [6, 7, 8]))
        except RuntimeError as e:
            print("map raised:", e)


def run_misc():
    ev = threading.Event()
    hits = []
    barrier = threading.Barrier(3)
    local = threading.local()

    def task(i):
        local.value = i
        barrier.wait()
        ev.wait(timeout=5)
        hits.append((i, local.value))

    ts = [threading.Thread(target=task, args=(i,), daemon=True) for i in range(3)]
    for t in ts:
        t.start()
    print("event set before?", ev.is_set())
    ev.set()
    for t in ts:
        t.join()
    print("hits:", sorted(hits), "daemon:", ts[0].daemon)
    rl = threading.RLock()
    with rl:
        with rl:
            print("rlock reentered")
    sem = threading.BoundedSemaphore(1)
    sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    print("main thread:", threading.current_thread().name, threading.main_thread() is threading.current_thread())
    q = queue.Queue()
    try:
        q.get_nowait()
    except queue.Empty:
        print("queue empty")
    lq = queue.LifoQueue()
    pq = queue.PriorityQueue()
    for x in (3, 1, 2):
        lq.put(x)
        pq.put((x, str(x)))
    print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        t = threading.Thread(target=lambda: 1 / 0, name="crasher")
        t.start()
        t.join()
    err = buf.getvalue()
    print("thread exc reported:", "Exception in thread crasher" in err, err.strip().splitlines()[-1])


run_queue_pipeline()
run_condition_demo()
run_executor()
run_misc()
