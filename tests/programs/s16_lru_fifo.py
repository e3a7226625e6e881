# An LRU cache on OrderedDict and a FIFO queue on a plain dict: items leave from the
# front. Removing from the front must not rescan the deleted prefix (this ran in
# quadratic time), and iteration must still see exactly the live items.
from collections import OrderedDict


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
        self.hits = self.misses = self.evicted = 0

    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        value = self.data[key] = compute(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)
            self.evicted += 1
        return value


cache = LRU(1000)
total = 0
for i in range(150000):
    key = (i * i) % 1200 if i % 5 else i
    total += cache.get(key, lambda k: k * k % 977)
print(total, cache.hits, cache.misses, cache.evicted, len(cache.data))
print(list(cache.data)[:5], list(cache.data.items())[-3:])

fifo = {}
order = []
for i in range(120000):
    fifo[i] = str(i)
    if len(fifo) > 50:
        k = next(iter(fifo))
        order.append(k)
        del fifo[k]
print(len(fifo), order[:3], order[-3:], next(iter(fifo)), list(fifo.values())[:3])

d = dict.fromkeys(range(10))
for k in range(6):
    del d[k]
print(list(d), list(reversed(d)), d.popitem(), list(d.items()), len(d))
it = iter(d)
print(next(it), list(it))
d.clear()
d["x"] = 1
print(d, next(iter(d)))
od = OrderedDict.fromkeys("abcdef")
while len(od) > 2:
    print(od.popitem(last=False), end=" ")
print(od, list(od.keys()), od.popitem(), od.popitem(), od)
try:
    od.popitem(last=False)
except KeyError as e:
    print("KeyError", e)

# Draining a large ordered mapping from the front.
big = OrderedDict((i, -i) for i in range(100000))
acc = 0
while big:
    k, v = big.popitem(last=False)
    acc += k - v
print(acc)
