import random
rng = random.Random(5)
recs = [(rng.randint(0, 5), i) for i in range(200)]
s = sorted(recs, key=lambda r: r[0])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
s2 = sorted(recs, key=lambda r: r[0], reverse=True)
print(all(s2[i][1] < s2[i + 1][1] for i in range(len(s2) - 1) if s2[i][0] == s2[i + 1][0]))
print(s2[:8])
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
data.sort(key=lambda t: t[0])
data.sort(key=lambda t: t[1])
print(data)
nums = [rng.random() for _ in range(500)]
print(sorted(nums) == sorted(nums, key=lambda v: v), sorted(nums)[0] == min(nums))
print(sorted([3.5, 1, 2.25, -1, True, 0]))
print(sorted(["b", "A", "a", "B", "_", "1"]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([[2, 1], [1, 2], [1]]), sorted({3: 1, 1: 2}), sorted({5, 1, 3}, reverse=True))
from functools import cmp_to_key
print(sorted([5, 2, 9, 1], key=cmp_to_key(lambda a, b: b - a)))
class Item:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"{self.k}{self.tag}"
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d")]
print(sorted(items), sorted(items, reverse=True), max(items), min(items))
l = list(range(20, 0, -1))
l.sort(key=lambda v: v % 3)
print(l)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], 5)
except TypeError as e:
    print("TypeError", e)
