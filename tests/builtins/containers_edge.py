lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x) or x)
except ValueError as e:
    print("ValueError", e)
lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.clear() or x)
except ValueError as e:
    print("ValueError", e, lst)
lst = [5, 4, 3]
def bad(x):
    if x == 4:
        raise KeyError("boom")
    return x
try:
    lst.sort(key=bad)
except KeyError as e:
    print("KeyError", e, lst)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted([3, 1, 2], reverse=True), sorted("bca"), sorted({3: 1, 1: 2}))
d1 = {"a": 1, "b": 2, "c": 3}
d2 = {"b": 20, "d": 40}
k = d1.keys()
print(sorted(k & d2.keys()), sorted(k | d2.keys()), sorted(k - d2.keys()), sorted(k ^ d2.keys()), sorted(k & {"a", "z"}), sorted(k | ["q"]))
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), k == {"a", "b", "c"}, k <= {"a", "b", "c", "d"}, k < {"a", "b", "c"}, k > {"a"}, "a" in k)
it = d1.items()
print(sorted(it & {("a", 1), ("b", 3)}), sorted(it - {("a", 1)}), ("a", 1) in it, ("a", 2) in it, it == {("a", 1), ("b", 2), ("c", 3)})
print(sorted(it | {("z", 0)}), sorted(it ^ {("a", 1), ("q", 9)}))
print(list(reversed(d1)), list(reversed(d1.keys())), list(reversed(d1.values())), list(reversed(d1.items())))
print(type(k & d2.keys()).__name__, k.mapping == d1 if hasattr(k, "mapping") else None)
try:
    d1.values() & {1}
except TypeError as e:
    print("TypeError", e)
try:
    for x in d1:
        d1["new"] = 1
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
fs = frozenset({2, 3, 4})
a = {1, 2, 3}
print(type(a | fs).__name__, type(fs | a).__name__, type(fs & a).__name__, type(a - fs).__name__, type(fs ^ a).__name__)
print(sorted(a | fs), sorted(fs & a), sorted(a - fs), sorted(fs - a), sorted(a ^ fs), a == {1, 2, 3}, fs == frozenset([2, 3, 4]), {1, 2} == frozenset({1, 2}))
print(a <= {1, 2, 3, 4}, a < a, fs >= {2}, fs > fs, a.issubset([1, 2, 3]), fs.issuperset(range(2, 4)), a.isdisjoint(fs), sorted(a.union([9], (8,))), sorted(a.intersection(fs, {3})))
try:
    a | [1]
except TypeError as e:
    print("TypeError", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError", e)
b = set(a)
b |= fs
b &= {1, 2, 3, 4, 5}
b -= {1}
b ^= {9, 2}
print(sorted(b))
f2 = fs
f2 |= {100}
print(sorted(f2), sorted(fs), f2 is fs)
print({frozenset({1}): "x"}[frozenset([1])], frozenset() == set(), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), set() == frozenset())
try:
    hash({1})
except TypeError as e:
    print("TypeError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {1}.remove(2)
except KeyError as e:
    print("KeyError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
x = [1]
x.append(x)
y = {}
y["self"] = y
print(x, y, [x, x], (x,))
print(d1 | d2, {**d1, **d2}, dict.fromkeys("ab", 0), d1.setdefault("z", []), d1.popitem(), d1)
try:
    d1 | [("a", 1)]
except TypeError as e:
    print("TypeError", e)
e = dict(d1)
e |= [("q", 7)]
print(e)
