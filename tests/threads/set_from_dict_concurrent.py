# Building sets from a dict (or its views) while another thread mutates it:
# each construction copies the dict atomically, so no RuntimeError is raised.
import threading

d = {i: i for i in range(50)}
stop = threading.Event()
errors = []


def writer():
    i = 0
    while not stop.is_set():
        d[1000 + (i % 200)] = i
        if i % 3 == 0:
            d.pop(1000 + ((i + 100) % 200), None)
        i += 1


def reader():
    try:
        for n in range(2000):
            a = set(d.items())
            b = frozenset(d.keys())
            c = set(d)
            e = set(d.values())
            s = set()
            s.update(d.keys())
            s.update(d)
            s |= set(d.items())
            f = frozenset(d.items())
            g = c.intersection(d.keys())
            s.difference_update(d.items())
            h = c.issuperset(d) or c.isdisjoint(d.values())
            s.symmetric_difference_update(d)
            if not (b <= c or c <= b) and len(a) < 50:
                errors.append("bad sizes")
    except Exception as ex:
        errors.append(repr(ex))


w = threading.Thread(target=writer)
w.start()
readers = [threading.Thread(target=reader) for _ in range(2)]
for r in readers:
    r.start()
for r in readers:
    r.join(timeout=120)
stop.set()
w.join(timeout=30)
print("alive:", w.is_alive(), [r.is_alive() for r in readers])
print("errors:", errors[:3])
print(sorted(set(range(50)) - set(d)))
print(len({k for k in d if k < 50}))
