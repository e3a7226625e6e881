# Writers add/delete/setdefault/pop on one shared dict while readers iterate it,
# copy it and look keys up: iteration either completes or raises CPython's
# "changed size"/"keys changed" RuntimeError; keys never deleted are always found.
import threading

N_W, N_R, ROUNDS = 4, 3, 1500
d = {("stable", i): i for i in range(200)}
errors = []
iter_errors = [0]
stop = threading.Event()
elock = threading.Lock()

def writer(tid):
    for i in range(ROUNDS):
        k = (tid, i % 50)
        d[k] = i
        d.setdefault((tid, "sd", i % 7), tid)
        if i % 3 == 0:
            d.pop(k, None)
        if i % 5 == 0:
            try:
                del d[(tid, (i + 25) % 50)]
            except KeyError:
                pass
        d.update({(tid, "u"): i})

def reader():
    n = 0
    while not stop.is_set():
        try:
            for k in d:
                pass
        except RuntimeError as e:
            # CPython's two messages for a dict changed under a running iterator
            if str(e) not in ("dictionary changed size during iteration",
                              "dictionary keys changed during iteration"):
                with elock: errors.append(repr(e))
            with elock: iter_errors[0] += 1
        c = dict(d)
        for i in range(0, 200, 7):
            if d.get(("stable", i)) != i or c[("stable", i)] != i:
                with elock: errors.append(("stable lost", i))
        list(d.items()); list(d.values()); len(d)
        n += 1

rs = [threading.Thread(target=reader) for _ in range(N_R)]
ws = [threading.Thread(target=writer, args=(t,)) for t in range(N_W)]
for t in rs + ws: t.start()
for t in ws: t.join(timeout=60)
stop.set()
for t in rs: t.join(timeout=60)
if any(t.is_alive() for t in rs + ws):
    print("FAIL: thread still alive")
print("errors", errors[:5])
# final state is deterministic: replay one writer's operations sequentially
expect = {("stable", i): i for i in range(200)}
for tid in range(N_W):
    for i in range(ROUNDS):
        k = (tid, i % 50)
        expect[k] = i
        expect.setdefault((tid, "sd", i % 7), tid)
        if i % 3 == 0:
            expect.pop(k, None)
        if i % 5 == 0:
            expect.pop((tid, (i + 25) % 50), None)
        expect[(tid, "u")] = i
print(len(d), d == expect)
