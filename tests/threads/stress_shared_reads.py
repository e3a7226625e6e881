import threading
TABLE = {i: str(i) for i in range(1000)}
CONST = tuple(range(100))
class Shape:
    sides = 4
    def area(self, s): return s * s
sh = Shape()
errors = []
results = [0] * 8
def reader(tid):
    acc = 0
    for k in range(20000):
        acc += len(TABLE[k % 1000]) + CONST[k % 100] + sh.area(2) + Shape.sides
    results[tid] = acc
ts = [threading.Thread(target=reader, args=(t,)) for t in range(8)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
print(len(set(results)), results[0])
lst = list(range(1000))
seen_lengths = []
def mutator():
    for i in range(5000):
        lst.append(i)
        lst.pop(0)
def iterator():
    for _ in range(50):
        s = 0
        for v in list(lst):
            s += 1
        seen_lengths.append(s)
ts = [threading.Thread(target=mutator) for _ in range(2)] + [threading.Thread(target=iterator) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
print(len(lst), set(seen_lengths) <= {999, 1000, 1001, 1002}, len(seen_lengths))
d = {i: i for i in range(100)}
errs = []
def dict_iter():
    for _ in range(200):
        try:
            for k in d:
                pass
        except RuntimeError as e:
            errs.append(str(e))
def dict_mut():
    for i in range(2000):
        d[1000 + i] = i
        del d[1000 + i]
ts = [threading.Thread(target=dict_iter) for _ in range(3)] + [threading.Thread(target=dict_mut)]
for t in ts: t.start()
for t in ts: t.join(timeout=30)
print(len(d), all(e in ("dictionary changed size during iteration", "dictionary keys changed during iteration") for e in errs))
