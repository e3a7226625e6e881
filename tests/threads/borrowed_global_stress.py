# Readers subscript, query and compare module-level objects while a writer keeps
# rebinding them: every read must see one whole object (old or new), never a freed one.
import threading

TABLE = {i: ("v", i) for i in range(64)}
ITEMS = [("item", i) for i in range(64)]
NAME = "gen-0"
STOP = False
errors = []


def writer():
    global TABLE, ITEMS, NAME
    n = 0
    while not STOP:
        n += 1
        TABLE = {i: ("v", i) for i in range(64)}
        ITEMS = [("item", i) for i in range(64)]
        NAME = "gen-%d" % n


def reader(k, rounds):
    seen = 0
    for r in range(rounds):
        i = (r * 7 + k) % 64
        try:
            v = TABLE[i]
            if v != ("v", i):
                errors.append(("table", i, v))
            w = ITEMS[i]
            if w[1] != i:
                errors.append(("items", i, w))
            if i in TABLE and ITEMS[i] is not None and NAME.startswith("gen-"):
                seen += 1
        except Exception as e:  # nothing may fail
            errors.append(repr(e))
    return seen


results = []


def run_reader(k):
    results.append(reader(k, 20000))


w = threading.Thread(target=writer)
w.start()
readers = [threading.Thread(target=run_reader, args=(k,)) for k in range(4)]
for t in readers:
    t.start()
for t in readers:
    t.join(timeout=120)
    if t.is_alive():
        print("reader hung")
STOP = True
w.join(timeout=120)
print("writer alive:", w.is_alive())
print("reads:", sum(results), "errors:", errors[:5])
