"""Parallel word counting with multiprocessing (Pool, Process, Queue, Value, Pipe, Manager)."""
import multiprocessing as mp
from multiprocessing import Pool, Process, Queue, Value, Array, Lock, Pipe
from multiprocessing.pool import ThreadPool
from collections import Counter
import string

DOCS = [
    "It was the best of times, it was the worst of times.",
    "It was the age of wisdom, it was the age of foolishness.",
    "It was the epoch of belief, it was the epoch of incredulity.",
    "It was the season of Light, it was the season of Darkness.",
]


def count_words(text):
    table = str.maketrans("", "", string.punctuation)
    return Counter(text.lower().translate(table).split())


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def fails(x):
    if x == 3:
        raise ValueError(f"bad input {x}")
    return x


def producer(q, items):
    for it in items:
        q.put(it.upper())
    q.put(None)


def add_many(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1


def fill(arr, start):
    for i in range(start, len(arr), 2):
        arr[i] = i * i


def echo(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            break
        conn.send(msg[::-1])
    conn.close()


def mutate(lst):
    lst.append("child")
    return lst


def record(shared, key, value):
    shared[key] = value


if __name__ == "__main__":
    with Pool(processes=3) as pool:
        counts = pool.map(count_words, DOCS)
        total = sum(counts, Counter())
        print(total.most_common(6))
        print(pool.map(square, range(10)))
        print(pool.starmap(power, [(2, 5), (3, 3), (10, 0)]))
        print(list(pool.imap(square, [7, 8, 9])))
        print(sorted(pool.imap_unordered(square, range(5))))
        r = pool.apply_async(power, (2, 100))
        print(r.get(timeout=10), r.ready(), r.successful())
        print(pool.apply(sum, ([1, 2, 3],)))
        m = pool.map_async(square, [1, 2, 3])
        print(m.get(10))
        try:
            pool.map(fails, range(5))
        except ValueError as e:
            print("ValueError from worker:", e)
        got = []
        pool.apply_async(square, (12,), callback=got.append).wait(10)
        bad = []
        pool.apply_async(fails, (3,), error_callback=lambda e: bad.append(repr(e))).wait(10)
    print(got, bad)

    q = Queue()
    p = Process(target=producer, args=(q, ["a", "b", "c"]), name="producer")
    print(p.name, p.is_alive(), p.exitcode)
    p.start()
    items = []
    while (item := q.get(timeout=10)) is not None:
        items.append(item)
    p.join(10)
    print(items, p.is_alive(), p.exitcode)

    counter = Value("i", 0)
    lock = Lock()
    procs = [Process(target=add_many, args=(counter, lock, 250)) for _ in range(4)]
    for pr in procs:
        pr.start()
    for pr in procs:
        pr.join(10)
    print("counter:", counter.value, [pr.exitcode for pr in procs])

    arr = Array("i", 10)
    ps = [Process(target=fill, args=(arr, s)) for s in (0, 1)]
    for pr in ps:
        pr.start()
    for pr in ps:
        pr.join(10)
    print(arr[:], len(arr), arr[3])
    dv = Value("d", 1.5)
    dv.value *= 3
    print(dv.value)

    parent, child = Pipe()
    ep = Process(target=echo, args=(child,))
    ep.start()
    for word in ["hello", "world"]:
        parent.send(word)
        print(parent.recv())
    parent.send("stop")
    print(parent.recv())
    ep.join(10)

    original = ["parent"]
    mp_proc = Process(target=mutate, args=(original,))
    mp_proc.start()
    mp_proc.join(10)
    print(original)

    with mp.Manager() as manager:
        shared = manager.dict()
        workers = [Process(target=record, args=(shared, f"k{i}", i * i)) for i in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(10)
        print(sorted(shared.items()))
        ns = manager.Namespace(x=1)
        ns.y = 2
        print(ns.x, ns.y)

    with ThreadPool(2) as tp:
        print(tp.map(len, ["a", "bb", "ccc"]))
    print(mp.current_process().name, mp.cpu_count() >= 1, mp.get_start_method())
    print(type(mp.get_context("spawn").Queue()).__name__)
