from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements())[:5], c.total())
c.update("aaz"); c.subtract({"a": 10})
print(c, +c, -c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) & Counter(a=1), Counter(a=1) | Counter(a=3, b=1))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(), Counter({"x": 2}) == Counter(x=2), repr(Counter()))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["missing"], dict(dd), dd.default_factory)
di = defaultdict(int); di["x"] += 5; print(di, repr(defaultdict(None)))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, d.pop(), d.popleft(), d, len(d), d[0], d[-1])
d.rotate(1); print(d); d.rotate(-2); print(d)
d.extend([7, 8]); d.extendleft([9]); print(d, d.count(7), d.index(7))
d.remove(7); d.reverse(); print(d, list(reversed(d)), 8 in d)
d.clear(); print(d, repr(deque()))
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), tuple(p), p == (1, 2))
P3 = namedtuple("P3", "a b c", defaults=[0])
print(P3(1, 2), P3._field_defaults, P3.__name__, isinstance(p, tuple))
x, y = p
print(x, y, hash(p) == hash((1, 2)))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", ["def"])
except ValueError as e:
    print("ValueError", e)
R = namedtuple("R", "a, a_", rename=True)
print(R._fields)
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b"); print(od)
od.move_to_end("c", last=False); print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"z": 0})["z"], cm.parents)
cm["new"] = 9
print(cm.maps[0])
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set), isinstance(iter([]), cabc.Iterator))
print(isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable), issubclass(dict, cabc.MutableMapping), isinstance("", cabc.Hashable))
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
ms = MySeq()
print(list(ms), 2 in ms, ms.index(3), ms.count(1), list(reversed(ms)))
try:
    cabc.Sequence()
except TypeError as e:
    print("TypeError", e)
from collections import UserDict, UserList, UserString
ud = UserDict(a=1); ud["b"] = 2
print(ud, ud.data, UserList([1, 2]) + [3], UserString("ab").upper())
