"""copy/deepcopy of custom classes: __copy__, __deepcopy__, memo, cycles, __reduce_ex__, slots."""
import copy


class Matrix:
    def __init__(self, rows, name="m"):
        self.rows = rows
        self.name = name
        self.history = []

    def __repr__(self):
        return f"Matrix({self.name}, {self.rows})"


class Tracked:
    copies = 0

    def __init__(self, payload):
        self.payload = payload
        self.id = "orig"

    def __copy__(self):
        Tracked.copies += 1
        new = Tracked.__new__(Tracked)
        new.__dict__.update(self.__dict__)
        new.id = f"copy{Tracked.copies}"
        return new

    def __deepcopy__(self, memo):
        Tracked.copies += 1
        new = Tracked(copy.deepcopy(self.payload, memo))
        new.id = f"deep{Tracked.copies}"
        memo[id(self)] = new
        return new


class Slotted:
    __slots__ = ("x", "y", "tags")

    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["s"]

    def __repr__(self):
        return f"Slotted({self.x}, {self.y}, {self.tags})"


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []

    def __repr__(self):
        return f"Node({self.name}->{[n.name for n in self.links]})"


class Resource:
    def __init__(self, path):
        self.path = path
        self.handle = f"<handle {path}>"

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["handle"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.handle = f"<reopened {self.path}>"


m = Matrix([[1, 2], [3, 4]])
shallow = copy.copy(m)
deep = copy.deepcopy(m)
m.rows[0][0] = 99
m.name = "changed"
print(m, shallow, deep, shallow.rows is m.rows, deep.rows is m.rows, shallow.history is m.history)

t = Tracked({"k": [1, 2]})
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
t.payload["k"].append(3)
print(t.id, t2.id, t3.id, t2.payload, t3.payload, Tracked.copies)
pair = [t, t]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0].id, Tracked.copies)

s = Slotted(1, 2)
s2, s3 = copy.copy(s), copy.deepcopy(s)
s.tags.append("mut")
print(s, s2, s3, s2.tags is s.tags, hasattr(s, "__dict__"))

a, b, c = Node("a"), Node("b"), Node("c")
a.links = [b, c]
b.links = [a]
c.links = [c]
graph = copy.deepcopy([a, b, c])
ga, gb, gc = graph
print(graph, ga.links[0] is gb, gb.links[0] is ga, gc.links[0] is gc, ga is a)

r = Resource("/tmp/data")
r2 = copy.deepcopy(r)
print(r.handle, r2.handle, r2.path, copy.copy(r).handle)

nested = {"a": [1, {"b": (2, [3])}], "t": (1, 2), "s": frozenset({1}), "f": len}
dn = copy.deepcopy(nested)
print(dn == nested, dn["a"] is nested["a"], dn["t"] is nested["t"], dn["f"] is len, dn["s"] is nested["s"])
tup_mut = (1, [2])
print(copy.deepcopy(tup_mut) is tup_mut, copy.copy(tup_mut) is tup_mut, copy.deepcopy((1, 2)) == (1, 2))
lst = [1, 2]
lst.append(lst)
cl = copy.deepcopy(lst)
print(cl[2] is cl, cl[:2], repr(cl))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)


class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError("NoCopy objects cannot be deep-copied")


try:
    copy.deepcopy({"n": NoCopy()})
except TypeError as exc:
    print("TypeError:", exc)
print(copy.copy(3), copy.copy("s"), copy.copy([1, [2]]), copy.copy({1: 2}), copy.copy(set([1])))
print(copy.replace if hasattr(copy, "replace") else "no copy.replace in 3.11", copy.Error.__name__)


class Sub(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.meta = {"m": 1}


sl = Sub([1, [2]])
sc = copy.deepcopy(sl)
sl[1].append(3)
sl.meta["m"] = 2
print(type(sc).__name__, sc, sc.meta, copy.copy(sl).meta is sl.meta)
