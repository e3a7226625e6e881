# iteration protocol details: mutation during iteration, exhaustion, sort safety
L = [3, 1, 2]
try:
    L.sort(key=lambda x: L.append(x) or x)
except ValueError as e: print("ValueError:", e)
print(len(L) >= 3)
def bad_key(x):
    if x == 2: raise KeyError("stop at 2")
    return x
L2 = [5, 2, 9]
try: L2.sort(key=bad_key)
except KeyError as e: print("KeyError:", e, L2)
L3 = [3, 2, 1]
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 99: raise RuntimeError("cmp failed")
        return self.v < o.v
objs = [Cmp(3), Cmp(99), Cmp(1)]
try: objs.sort()
except RuntimeError as e: print("RuntimeError:", e, sorted(o.v for o in objs))
s = {1, 2, 3}
try:
    for x in s: s.add(x * 10)
except RuntimeError as e: print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for k in d: del d[k]
except RuntimeError as e: print("RuntimeError:", e)
d = {"a": 1}
try:
    for k in d.keys(): d["new" + k] = 1
except RuntimeError as e: print("RuntimeError:", e)
d = {"a": 1, "b": 2}
for k in list(d): d.pop(k)
print(d)
d = {"a": 1}
try:
    for v in d.values(): d.clear(); d["z"] = 1
except RuntimeError as e: print("RuntimeError:", e)
lst = [1, 2, 3, 4]
for x in lst:
    if x % 2: lst.remove(x)
print(lst)
lst = [1, 2]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 5: lst.append(x * 10)
print(out, lst)
it = iter([1, 2, 3]); print(list(zip(it, it)), list(it))
it = iter("abcdef"); print(list(zip(it, it, it)))
ri = reversed([1, 2, 3]); next(ri); print(list(ri), list(ri), ri.__length_hint__())
lst = [1, 2, 3]; ri = reversed(lst); lst.clear(); print(list(ri))
e = enumerate("ab"); print(next(e), list(e), list(e))
m = map(int, ["1", "x", "3"])
print(next(m))
try: next(m)
except ValueError as ex: print("ValueError:", ex)
print(list(m))
def g():
    yield 1
    return "ret"
gen = g(); print(next(gen))
try: next(gen)
except StopIteration as ex: print("StopIteration:", repr(ex), ex.value, ex.args)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
it = It(); print(list(it), list(it), 2 in It(), max(It()), list(enumerate(It(), 1)), dict(zip(It(), "abc")), sorted(It(), reverse=True))
print(list(iter([1, 2, 3]).__length_hint__() for _ in range(1)), len(list(range(10**6, 0, -(10**5)))), range(5).index(3), range(0, 10, 3).count(9), 9 in range(0, 10, 3), 10 in range(0, 10, 3))
print(list(zip("ab", range(5), strict=False)), [*zip()], list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x, (0, 1, 2))))
import itertools
print(list(itertools.chain([1], (2,), "3")), list(itertools.accumulate([1, 2, 3])), list(itertools.product("ab", repeat=2))[:3], list(itertools.permutations(range(3), 2))[:4], list(itertools.groupby("aabbbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.zip_longest("ab", [1], fillvalue="-")), list(itertools.takewhile(lambda x: x < 3, range(10))), list(itertools.dropwhile(lambda x: x < 8, range(10))), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abc", [1, 0, 1])), list(itertools.pairwise("abcd")))
