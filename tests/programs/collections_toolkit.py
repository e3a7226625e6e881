"""collections in practice: Counter, defaultdict, OrderedDict LRU, deque windows, ChainMap configs."""
from collections import Counter, defaultdict, OrderedDict, deque, ChainMap, UserDict, UserList, UserString

text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
cnt = Counter(words)
print(cnt.most_common(4), cnt["times"], cnt["nope"], len(cnt), cnt.total())
letters = Counter(c for c in text.lower() if c.isalpha())
print(sorted(letters.most_common(5), key=lambda kv: (-kv[1], kv[0])))
a, b = Counter("aabbbc"), Counter("abccd")
print(a + b, a - b, a & b, a | b, -b if False else +Counter({"x": -1, "y": 2}))
a.subtract("aaaa")
print(a, sorted(a.elements()), Counter({"z": 3}) == Counter(z=3), Counter(a=0) == Counter())
print(repr(Counter()), dict(Counter("hello")), Counter("abc").most_common(0))

index = defaultdict(list)
for i, w in enumerate(words):
    index[w[0]].append(i)
print({k: v[:3] for k, v in sorted(index.items())[:4]}, index.default_factory)
nested = defaultdict(lambda: defaultdict(int))
for w in words:
    nested[len(w)][w] += 1
print({k: dict(v) for k, v in sorted(nested.items()) if k < 4})
dd = defaultdict(None, {"a": 1})
try:
    dd["b"]
except KeyError as exc:
    print("KeyError:", exc)
print(repr(defaultdict(int)), defaultdict(set).__missing__("k"))


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return None
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.capacity:
            evicted = self.popitem(last=False)
            print("  evict", evicted)


cache = LRU(3)
for k in "abcadeb":
    if cache.get(k) is None:
        cache.put(k, k.upper())
print(list(cache.items()), cache)
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, od == OrderedDict([("z", 0), ("y", 0), ("x", 0)]), od == {"x": 0, "y": 0, "z": 0},
      list(reversed(od)))

readings = [3, 5, 4, 8, 10, 9, 2, 1, 7]
window, averages = deque(maxlen=3), []
for r in readings:
    window.append(r)
    if len(window) == window.maxlen:
        averages.append(round(sum(window) / 3, 2))
print(averages, window)
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d, end=" ")
d.rotate(-3)
print(d, end=" ")
d.appendleft(0)
d.extendleft([-2, -1])
print(d, d.popleft(), d.pop(), d.index(3), d.count(9), d[1], d[-1], 3 in d)
d.remove(3)
d.insert(1, "i")
print(d, len(d), list(reversed(d)), d * 2 if len(d) < 4 else deque(list(d)[:2]) * 2)
for bad in [lambda: deque().pop(), lambda: deque([1]).remove(2), lambda: deque(maxlen=-1)]:
    try:
        bad()
    except (IndexError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")

defaults = {"theme": "light", "lang": "en", "debug": False}
user = {"theme": "dark"}
session = {"debug": True}
cfg = ChainMap(session, user, defaults)
print(cfg["theme"], cfg["lang"], cfg["debug"], len(cfg), sorted(cfg), cfg.maps[1])
cfg["lang"] = "fr"
print(session, defaults["lang"], cfg.parents["debug"], dict(cfg.new_child({"x": 1})) == {**dict(cfg), "x": 1})
del cfg["lang"]
try:
    del cfg["theme"]
except KeyError as exc:
    print("KeyError:", exc)


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


ld = LowerDict({"A": 1}, B=2)
ld["C"] = 3
print(ld, ld.data, "a" in ld, isinstance(ld, dict), ld | {"d": 4})


class Stack(UserList):
    def push(self, x):
        self.append(x)
        return self


s = Stack([1]).push(2).push(3)
print(s, s[::-1], type(s[1:]).__name__, s + [4], s.pop(), s)
us = UserString("Hello")
print(us.upper(), us[1:], us + "!", type(us.lower()).__name__, us == "Hello", len(us))
