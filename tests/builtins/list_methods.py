l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 98)
print(l, len(l), l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(2), l.count(3), l.index(3, 0, 5), 2 in l)
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
c = l.copy(); c.clear(); print(c, l)
print([1, 2] + [3], [0] * 3, [[]] * 2, 3 * [1], [] * 5)
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[::3], a[::-2], a[-3:], a[5:2:-1], a[100:], a[-100:2], a[1:-1:4])
a[2:4] = ["x", "y", "z"]; print(a)
a[::2] = "ABCDEF"; print(a)
a[1:3] = []; print(a)
a[:0] = [-1]; print(a)
del a[::3]; print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
b = list(range(5)); b[1:4] = b; print(b)
print(list("abc"), list((1, 2)), list({1: 2}), list(range(3)), list())
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, [2]] == [1, [2]])
r = [1]; r.append(r); print(r, repr(r))
d = {"k": 1}; d["self"] = d; print(d)
nested = [[1], [2]]
nested[0].append(nested)
print(nested)
print(sorted([3, 1, 2]), sorted("cab", reverse=True), sorted([1, -2, 3], key=abs), sorted([]))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
x = [5, 3, 5, 1]
print(x.index(5), x.count(5), min(x), max(x), sum(x), list(reversed(x)), x[::-1] is not x)
try:
    [1, 2, 3].index(2, 2)
except ValueError as e:
    print("ValueError", e)
try:
    bad = [3, 2, 1]
    bad.sort(key=lambda v: bad.append(v) or v)
except ValueError as e:
    print("ValueError", e)
print(bad if len(bad) < 10 else "grew")
print([1, 2, 3].__len__(), [].__class__.__name__, list.__name__, isinstance([], list))
try:
    [].pop(3)
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    l2 = [1]; l2[5] = 0
except IndexError as e:
    print("IndexError", e)
big = list(range(1000)); big.sort(key=lambda v: -v); print(big[:3], big[-3:])
m = [1, 2]; m *= 3; print(m); m *= 0; print(m)
print([i for i in range(10)][slice(2, 8, 3)], [1, 2, 3][-1::-1])
