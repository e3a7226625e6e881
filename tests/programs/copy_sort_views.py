"""copy/deepcopy with cycles, sort stability, dict/set views, slicing."""
import copy


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __repr__(self):
        return f"Node({self.name}, links={[n.name for n in self.links]})"


a, b = Node("a"), Node("b")
a.links.append(b)
b.links.append(a)
a.links.append(a)
c = copy.deepcopy(a)
print(c, c.links[0], c.links[0].links[0] is c, c.links[1] is c, c is not a)
s = copy.copy(a)
print(s.links is a.links, s.name)
nested = {"x": [1, [2, 3]], "y": ({"z": 1},)}
nested["self"] = nested
dc = copy.deepcopy(nested)
print(dc["self"] is dc, dc["x"] is not nested["x"], dc["y"][0] == {"z": 1}, repr(dc)[:40])
lst = [1, 2]
lst.append(lst)
print(lst, copy.deepcopy(lst)[2][2][0])


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))


x = Custom([1])
print(copy.copy(x).v, copy.deepcopy(x).v is not x.v)

records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records), key=lambda r: -r[1]))
data = ["b", "A", "c", "B", "a"]
data.sort(key=str.lower)
print(data, sorted("Hello World"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), min(records, key=lambda r: r[1]), max(records, key=lambda r: r[1]))
d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "c": 3, "d": 4}
k1, k2 = d1.keys(), d2.keys()
print(sorted(k1 & k2), sorted(k1 | k2), sorted(k1 - k2), sorted(k1 ^ k2), k1 <= {"a", "b", "c", "z"}, k1.isdisjoint({"q"}))
print(sorted(d1.items() & d2.items()), list(d1.values()), d1 | d2, {**d2, **d1})
v = d1.values()
d1["e"] = 5
print(list(v), len(v), "a" in k1, 3 in v, reversed(d1).__class__.__name__, list(reversed(d1.items())))
d3 = dict.fromkeys("xyz", 0)
d3.update(x=1, w=2)
print(d3, d3.pop("y"), d3.popitem(), d3.setdefault("q", []), d3.get("nope", "default"))
sq = {n: n * n for n in range(6) if n % 2}
inv = {v: k for k, v in sq.items()}
print(sq, inv, {x % 3 for x in range(10)}, {frozenset({1, 2}): "fs"})
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 & s2, s1 | s2, s1 - s2, s1 ^ s2, s1 > {1, 2}, s1.issuperset([1]), frozenset([3, 1, 2]), set())
s1 |= {9}
s1 -= {1}
print(sorted(s1), s1.pop() in {2, 3, 4, 9}, len(s1))
try:
    for k in d1:
        d1[k + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
seq = list(range(20))
print(seq[::-1][:5], seq[-3:], seq[-3::-5], seq[15:5:-2], seq[100:], seq[-100:2], seq[::7], seq[5:5])
seq[2:5] = ["a"]
print(seq[:6], len(seq))
seq[::4] = "WXYZ!"
print(seq[:10])
try:
    seq[::4] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del seq[::2]
print(seq)
t = tuple("abcdef")
print(t[::-2], t[1:-1], t[slice(1, None, 2)], "hello world"[slice(-5, None)], slice(1, 10, 2).indices(5))
m = memoryview(b"abcdef")
print(bytes(m[1:4]), m[::-1].tobytes(), b"abcdef"[::-2], bytearray(b"xyz")[::-1])
