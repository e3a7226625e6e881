import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a); d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
r = [1]; r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r)
class P:
    def __init__(self): self.items = [1]; self.name = "p"
p = P(); p2 = copy.copy(p); p3 = copy.deepcopy(p)
p.items.append(2)
print(p2.items, p3.items, p2.name)
class Custom:
    def __init__(self, v): self.v = v
    def __copy__(self): print("__copy__"); return Custom(self.v)
    def __deepcopy__(self, memo): print("__deepcopy__"); return Custom(self.v * 2)
print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v)
t = (1, 2)
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
print(copy.deepcopy({"a": {1, 2}, "b": (3, [4])}))
f = frozenset([1])
print(copy.copy(f) is f, copy.copy(5), copy.copy("s"), copy.deepcopy(None))
shared = [0]
obj = [shared, shared]
dc = copy.deepcopy(obj)
print(dc[0] is dc[1])
class Slotted:
    __slots__ = ("a",)
    def __init__(self): self.a = [1]
sc = copy.deepcopy(Slotted())
print(sc.a)
