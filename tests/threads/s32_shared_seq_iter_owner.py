# The thread that made a list or tuple iterator steps it (plain loads and stores while
# it alone does) while other threads step it too (which takes its bias away): every
# item is still handed out exactly once.
import threading

def drain_with_owner(it, nthreads=3):
    seen = []
    lock = threading.Lock()
    go = threading.Event()
    def work():
        go.wait()
        local = []
        for x in it:
            local.append(x)
        with lock:
            seen.extend(local)
    ts = [threading.Thread(target=work) for _ in range(nthreads)]
    for t in ts:
        t.start()
    go.set()
    mine = []
    for x in it:          # the owner keeps stepping
        mine.append(x)
    for t in ts:
        t.join()
    return seen + mine

for n in (0, 1, 7, 5000, 30000):
    for name, make in [("list", lambda: list(range(n))), ("tuple", lambda: tuple(range(n)))]:
        data = make()
        got = drain_with_owner(iter(data))
        print(name, n, len(got), sorted(got) == list(range(n)))

# next() and for-loops mixed on one shared iterator
data = list(range(20000))
it = iter(data)
out = []
lk = threading.Lock()
def nexter():
    local = []
    while True:
        try:
            local.append(next(it))
        except StopIteration:
            break
    with lk:
        out.extend(local)
ts = [threading.Thread(target=nexter) for _ in range(2)]
for t in ts:
    t.start()
for x in it:
    with lk:
        out.append(x)
for t in ts:
    t.join()
print("mixed", len(out), sorted(out) == data)

# an exhausted iterator stays exhausted, and the length hint follows the steps
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it), it.__length_hint__())
it = iter((1, 2, 3))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it), it.__length_hint__())
