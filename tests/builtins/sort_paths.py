# list.sort / sorted through every path: ints, floats, strs, tuples, mixed, key functions,
# reverse stability, errors (list left unchanged), user __lt__, mutation during sort.
import functools

data = [(3, "c"), (1, "b"), (3, "a"), (2, "z"), (1, "a"), (2, "b")]
print(sorted(data), sorted(data, reverse=True))
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
print(sorted([3.5, -1.0, 2.25, 0.0, -0.0]), sorted(["b", "", "ab", "é", "a"], reverse=True))
print(sorted([5, 2.5, True, -3, 10**20, -(10**19)]), sorted([[2, 1], [1, 9], [1, 2, 3], []]))
nan = float("nan")
print(sorted([3.0, nan, 1.0])[1:] == [1.0, 3.0] or "order with nan varies", sorted([(1, nan), (0, 2.0)]))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
recs = [(i % 3, "n%d" % (i % 5), i) for i in range(20)]
recs.sort(key=lambda r: r[0])
print(recs[:7])
recs.sort(key=lambda r: (r[1], -r[2]))
print(recs[:5])
big = [x * 7919 % 1009 for x in range(300)]
print(sorted(big)[:5], sorted(big, reverse=True)[:5], sorted(map(str, big))[:4])

class P:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "P(%r)" % self.v
print(sorted([P(3), P(1), P(2)]), max([P(3), P(7)]), min([P(3), P(7)]))

a = [3, "x", 1]
try:
    a.sort()
except TypeError as e:
    print("TypeError", e, a)
b = [2, 1, 3]
try:
    b.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, b)
c = [P(2), P(1), 3]
try:
    c.sort()
except AttributeError as e:
    print("AttributeError", e, c)

class Evil:
    def __init__(self, v, lst):
        self.v, self.lst = v, lst
    def __lt__(self, other):
        self.lst.append(0)
        return self.v < other.v
lst = []
lst.extend([Evil(2, lst), Evil(1, lst)])
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e, len(lst))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))
print(sorted({"b": 1, "a": 2}.items()), sorted("hello"), sorted(()), sorted([1]))
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], cmp=None)
except TypeError as e:
    print("TypeError", e)
