d = {"b": 1, "a": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.setdefault("a", 99), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2); d.update([("z", 3)]); print(d)
print(dict(a=1, b=2), dict([("a", 1)]), dict({"a": 1}, b=2), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(zip("ab", range(2))))
print({1: "a"} | {2: "b"}, {1: "a", 2: "b"} | {1: "c"})
e = {1: 1}; e |= {2: 2}; e |= [(3, 3)]; print(e)
k = d.keys(); v = d.values(); it = d.items()
d["new"] = 0
print(k, v, it, len(k))
print({"a": 1}.keys() & {"a", "b"}, sorted({"a": 1, "b": 2}.keys() | {"c"}), {"a": 1}.keys() - {"a"}, {1: 2}.items() & {(1, 2)}, {"a": 1}.keys() ^ {"b"} == {"a", "b"})
print(d == dict(d), {1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, list({3: 4, 1: 2}))
c = d.copy(); c.clear(); print(c, len(d) > 0)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    for key in d:
        d["another"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for key in d:
        del d["another"]
except RuntimeError as e:
    print("RuntimeError", e)
try:
    {}.pop("x")
except KeyError as e:
    print("KeyError", e)
od = {}
for i in range(10):
    od[i] = i
for i in range(0, 10, 2):
    del od[i]
od[0] = "re"
print(od, list(reversed(od)), list(reversed(od.items()))[:2])
print({(1, 2): "tuple key", None: "none", 1.5: "float", frozenset([1]): "fs"})
print(dict.__name__, type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__)
print(sorted({"x": 1, "y": 2}.items(), key=lambda kv: -kv[1]), max({"a": 3, "b": 1}, key=lambda k: k))
print(len({i: i for i in range(1000)}), {i % 3: i for i in range(10)})
dv = {"a": 1}.values()
print(1 in dv, dv == dv, repr({}.items()), {"a": [1]}.get("a"))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
print(dict(sorted({"b": 1, "a": 2}.items())))
print(d.__contains__("a"), d.__getitem__("a"), iter(d).__class__.__name__)
