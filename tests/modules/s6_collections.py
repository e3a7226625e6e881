from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

# Counter: word frequencies
text = "the quick brown fox jumps over the lazy dog the fox"
c = Counter(text.split())
print(c)
print(c.most_common(3))
print(c['the'], c['missing'])
c2 = Counter("abracadabra")
print(c2, repr(c2))
print(sorted(c2.elements()))
print(c2 + Counter("aab"), c2 - Counter("aaaaaaaaa"))
print(c2 & Counter("aab"), c2 | Counter("zzz"))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
c3 = Counter(a=3, b=1)
c3.subtract(a=5, c=2)
print(c3)
c3.update(["a", "a"])
print(c3, c3.total())
print(Counter())
print(Counter(a=1) == Counter(a=1, b=0))
print(Counter("hello").most_common())
print(dict(Counter("mississippi")))
try:
    Counter(1)
except TypeError as e:
    print("TypeError", e)

# defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd)
print(dict(dd))
di = defaultdict(int)
for ch in "banana":
    di[ch] += 1
print(di, di.default_factory)
print(defaultdict(None, {1: 2}))
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError", e)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
print(repr(defaultdict(list).copy()))

# deque
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0); d.extend([4, 5, 6])
print(d, d.maxlen)
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(d.pop(), d.popleft(), d)
print(deque("abc"), deque(), deque([], maxlen=0))
d2 = deque(range(10))
print(d2.index(5), d2.count(3), 5 in d2, d2[-1], d2[0])
d2.remove(5); d2.insert(2, 'x'); print(d2)
del d2[0]; print(d2)
d2.reverse(); print(d2)
print(list(reversed(deque([1,2,3]))))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque([1]).remove(9)
except ValueError as e:
    print("ValueError", e)
print(deque([1,2]) + deque([3]), deque([1]) * 3)
print(deque([1,2,3]) == deque([1,2,3]), deque([1,2]) < deque([1,3]))
last3 = deque(maxlen=3)
for i in range(10):
    last3.append(i)
print(last3, list(last3))

# namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=9), Point._fields)
print(Point._make([3, 4]), tuple(p), p == (1, 2))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3._field_defaults)
R = namedtuple("R", "def class x", rename=True)
print(R._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
x, y = p
print(x, y, Point.__doc__, Point.x.__doc__)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
print(Vec(3, 4).norm2(), Vec(3, 4))

# OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od)
od.move_to_end("b"); print(list(od))
od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict())
print(repr(OrderedDict([(1, [1, 2])])))

# ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap({}, env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cm.maps[0], cm)
child = cm.new_child({"x": 1})
print(child["x"], child.parents)
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})))
