# for-loops over dict views: keys, values, items, items unpacked into locals,
# globals and cells; changes during iteration; subclasses and OrderedDict.
from collections import OrderedDict

d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v)
for k in d:
    print("key", k)
for v in d.values():
    print("value", v)
for kv in d.items():
    print("pair", kv, type(kv).__name__)


def local_pairs(m):
    out = []
    for k, v in m.items():
        out.append((v, k))
    return out


print(local_pairs(d), local_pairs({}))


def cell_pairs(m):
    for k, v in m.items():
        pass
    return (lambda: (k, v))()


print(cell_pairs({1: "x", 2: "y"}))


def unpack_wrong(m):
    try:
        for a, b, c in m.items():
            pass
    except ValueError as e:
        print("ValueError:", e)
    try:
        for (a,) in m.items():
            pass
    except ValueError as e:
        print("ValueError:", e)
    for a, *rest in m.items():
        print(a, rest)


unpack_wrong({"k": "v"})


def grow(m):
    try:
        for k, v in m.items():
            m[k + "!"] = v
    except RuntimeError as e:
        print("RuntimeError:", e)


grow({"x": 1})


def replace_keys(m):
    try:
        for k in m:
            del m[k]
            m[k + "2"] = 0
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(m)


replace_keys({"a": 1, "b": 2})


def values_change(m):
    for k, v in m.items():
        m[k] = v * 10  # same size: allowed
    return m


print(values_change({"p": 1, "q": 2}))


class D(dict):
    def items(self):
        return [("sub", "class")]


for k, v in D(a=1).items():
    print("D", k, v)
for k, v in dict.items(D(a=1)):
    print("dict.items", k, v)

od = OrderedDict([("z", 26), ("y", 25)])
for k, v in od.items():
    print("od", k, v)
try:
    for k, v in od.items():
        od["w"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)

# deletions leave holes that iteration skips
h = {i: i * i for i in range(10)}
for i in range(0, 10, 3):
    del h[i]
print([k for k in h], [kv for kv in h.items()][:3], sum(v for k, v in h.items()))

# an exhausted iterator stays exhausted; iterators share no position
it = iter(d.items())
print(list(it), list(it))
i1, i2 = iter(d), iter(d)
print(next(i1), next(i1), next(i2))
big = {str(i): i for i in range(1000)}
total = 0
for k, v in big.items():
    total += v + len(k)
print(total)
