# __del__ runs right when the last reference goes, inside functions too (CPython frees
# on the spot; the output order shows when).
import threading


class C:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def locals_overwritten():
    x = C("local")
    x = None
    print("after overwrite")
    y = C("rebound")
    y = C("second")
    print("after rebind")
    del y
    print("after del")


def results_discarded():
    C("temporary")
    print("after discard")
    items = [C("popped")]
    items.pop()
    print("after pop")
    d = {"k": C("dict value")}
    d.clear()
    print("after clear")


def make_and_return():
    inner = C("frame local")
    return 42


class Holder:
    pass


def attributes_and_items():
    h = Holder()
    h.a = C("attr")
    h.a = 1
    print("after attr")
    lst = [C("item0"), C("item1")]
    lst[0] = 0
    print("after item")
    i = 1
    lst[i] = 0
    print("after item by local")
    print("returned", make_and_return())
    print("after return")


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


def generators():
    g = gen()
    next(g)
    g = None
    print("after generator dropped")


class Loud:
    def __del__(self):
        raise ValueError("from __del__")


def raising():
    import io
    import sys
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        x = Loud()
        x = None
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    print("after raising finalizer:", text.splitlines()[0].split(" at ")[0], "...",
          text.splitlines()[-1])


lock = threading.Lock()
log = []


class Locked:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        with lock:
            log.append(self.n)


def worker():
    for i in range(200):
        o = Locked(i)
        o = None


def threads():
    ts = [threading.Thread(target=worker) for _ in range(3)]
    for t in ts:
        t.start()
    for i in range(200):
        with lock:
            log.append(-1)
        o = Locked(-2)
        o = None
    for t in ts:
        t.join(timeout=30)
    print("finalized in threads", len(log))


for fn in [locals_overwritten, results_discarded, attributes_and_items, generators, raising,
           threads]:
    print(fn.__name__)
    fn()
print("end")
