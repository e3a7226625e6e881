s = {1, 2, 3}
print(s.issubset({1, 2, 3, 4}), s.issuperset([1, 2]), s.isdisjoint([4, 5]), s.isdisjoint({3}))
print(s <= {1, 2, 3}, s < {1, 2, 3}, s >= {1}, s > {1, 2, 3}, s == frozenset({1, 2, 3}), s != {1})
print({1, 2} == [1, 2], frozenset() == set(), set() < {1})
c = s.copy()
c.add(4)
print(s, c, c.copy() is c, frozenset(c).copy() == c)
fs = frozenset([1, 2])
print(fs.copy() is fs, frozenset(fs) is fs, hash(fs) == hash(frozenset([2, 1])), hash(frozenset()))
print(hash(frozenset({1, 2, 3})), hash(frozenset({(1, 2), 3.5})))
x = {1, 2, 3, 4, 5}
x.intersection_update({2, 3, 4, 9}, [3, 4])
print(x)
x.difference_update([3])
print(x)
x.symmetric_difference_update([4, 5, 6])
print(x)
x |= {7}
x &= {5, 6, 7}
x -= {5}
x ^= {6, 8}
print(x)
for bad in [lambda: s.remove(9), lambda: set().pop(), lambda: s | [1], lambda: s & 1, lambda: {[]},
            lambda: s.add([]), lambda: hash(set()), lambda: s < [1], lambda: set(1), lambda: set([], []),
            lambda: frozenset(1), lambda: s.issubset(5), lambda: {1}.update(2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for i in s:
        s.add(i + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print({frozenset({1})} == {frozenset([1])}, frozenset({1}) in {frozenset({1}): 2}, {1, 2} in {frozenset({1, 2})})
r = {frozenset({1, 2})}
r.discard({1, 2})
print(r, set("") == set(), repr(set()), repr(frozenset()), repr(frozenset({1})))
class S(set):
    pass
class F(frozenset):
    pass
k = S([1, 2])
print(k, type(k | {3}).__name__, type(k.copy()).__name__, F([1]), type(F([1]) | {2}).__name__, S() == set())
s = set([1, 2])
s.__init__([5])
print(s, set.__len__(s), set.__contains__(s, 5), 5 in s, len(s))
print(max({3, 1, 2}), min(frozenset({3, 1, 2})), sum({1, 2, 3}), sorted({1, 3, 2}, reverse=True))
