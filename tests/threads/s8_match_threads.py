# match statements running in several threads at once over shared data: class,
# mapping and sequence patterns, a registered Sequence, and a class registered with an
# ABC while other threads are matching (results are counted, so output is deterministic).
import collections.abc
import threading
from dataclasses import dataclass


@dataclass
class Order:
    item: str
    qty: int


class Basket:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


collections.abc.Sequence.register(Basket)

DATA = [Order("pen", 2), {"item": "ink", "qty": 1}, ("cap", 3), Basket("a", 4),
        Order("pad", 0), {"sku": 9}, "text", 42, [1, 2, 3]] * 50


def classify(v):
    match v:
        case Order(item, 0):
            return "empty order"
        case Order(item=str(name), qty=q) if q > 1:
            return "bulk order"
        case {"item": name, "qty": int(q)}:
            return "dict order"
        case (str(name), int(q)):
            return "pair"
        case [*items] if len(items) > 2:
            return "long sequence"
        case {**other}:
            return "other mapping"
        case str() | int():
            return "scalar"
        case _:
            return "unknown"


results = collections.Counter()
lock = threading.Lock()


def worker(rounds):
    local = collections.Counter()
    for _ in range(rounds):
        for v in DATA:
            local[classify(v)] += 1
    with lock:
        results.update(local)


threads = [threading.Thread(target=worker, args=(20,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join(timeout=60)
for k in sorted(results):
    print(k, results[k])


# Registering a class while threads match: before and after are both consistent.
class Late:
    def get(self, k, default=None):
        return {"k": 1}.get(k, default)

    def __len__(self):
        return 1


seen = collections.Counter()
start = threading.Barrier(3, timeout=30)


def matcher():
    start.wait()
    for _ in range(200):
        match Late():
            case {"k": 1}:
                r = "mapping"
            case _:
                r = "not mapping"
        with lock:
            seen[r] += 1


ts = [threading.Thread(target=matcher) for _ in range(2)]
for t in ts:
    t.start()
start.wait()
collections.abc.Mapping.register(Late)
for t in ts:
    t.join(timeout=60)
# A set test: the list comparison this used to make failed whenever every match ran before the
# registration (["not mapping"] sorts after ["mapping", ...]).
print("total", sum(seen.values()), "kinds", set(seen) <= {"mapping", "not mapping"})
match Late():
    case {"k": v}:
        print("after registration Late is a mapping:", v)
