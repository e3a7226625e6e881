# A closure's `if k in s:` (a free variable's set or dict, looked up without counting a
# reference while its thread owns the cell) while other threads rebind the variable and
# mutate the containers: every lookup sees a whole container, nothing crashes.
import threading


def make():
    s = {1, 2, 3}

    def check(k):
        if k in s:
            return 1
        return 0

    def rebind(i):
        nonlocal s
        if i % 3 == 0:
            s = {1, 2, 3, i}
        elif i % 3 == 1:
            s = frozenset({1, 2, 3})
        else:
            s = {1: "a", 2: "b", 3: "c", "x": i}

    return check, rebind


check, rebind = make()
results = []
lock = threading.Lock()


def reader():
    n = 0
    for i in range(20000):
        n += check(1) + check(2) + check(3) + check(-5) + check("x")
    with lock:
        results.append(n)


def writer():
    for i in range(20000):
        rebind(i)


threads = [threading.Thread(target=reader) for _ in range(2)] + [threading.Thread(target=writer)]
for t in threads:
    t.start()
# The main thread (which made the cell) checks too, while the others run.
own = 0
for i in range(20000):
    own += check(2) + check(7)
for t in threads:
    t.join()
# 1, 2 and 3 are always present; "x" sometimes; -5 and 7 never.
print(len(results), all(3 * 20000 <= n <= 4 * 20000 for n in results), own == 20000)


# One thread owns a set that others mutate while it checks membership.
def make2():
    seen = set()

    def add(x):
        seen.add(x)

    def has(x):
        if x in seen:
            return True
        return False

    return add, has


add, has = make2()


def adder(base):
    for i in range(5000):
        add(base + i)


ts = [threading.Thread(target=adder, args=(b,)) for b in (0, 100000)]
for t in ts:
    t.start()
hits = 0
for i in range(5000):
    hits += has(i) + has(100000 + i)
for t in ts:
    t.join()
print(all(has(i) for i in range(5000)), all(has(100000 + i) for i in range(5000)), has(-1), hits <= 10000)
