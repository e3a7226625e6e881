a = list(range(10))
print(a[::2], a[::-1], a[1:8:3], a[-3:], a[:-7:-2], a[100:], a[-100:2], a[5:2], a[::-3])
b = a[:]
b[2:5] = ['x', 'y']
print(b)
b[::2] = range(len(b[::2]))
print(b)
b[1:1] = [7, 7, 7]
print(b)
b[:] = b
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
c = [1, 2, 3, 4, 5, 6]
del c[::-2]
print(c)
c = [1, 2, 3]
c[5:] = [9]
c[-10:0] = [0]
print(c)
for f in [lambda: a[10], lambda: a['x'], lambda: a.__setitem__(20, 1), lambda: a.__setitem__(slice(0, 6, 2), [1]), lambda: a.pop(50), lambda: [].pop(),
          lambda: a.index(99), lambda: a.remove(99), lambda: a.insert('x', 1), lambda: [1] * 1.5, lambda: [1] + (1,), lambda: a < 1, lambda: [1, 'a'].sort(),
          lambda: a.sort(key=1), lambda: a.sort(1), lambda: a.sort(cmp=None), lambda: hash([]), lambda: a.count(), lambda: a.__getitem__(2 ** 70), lambda: a.index(3, 'x')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = [5, 3, 1, 4, 2]
d.sort()
print(d, sorted(d, reverse=True), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([3, 1.5, 2, True]))
words = [(2, 'b'), (1, 'a'), (2, 'a'), (1, 'b'), (3, 'c')]
print(sorted(words, key=lambda w: w[0]), sorted(words, key=lambda w: w[0], reverse=True))
x = [1, 2, 3]
try:
    x.sort(key=lambda v: x.append(v) or v)
except ValueError as e:
    print("ValueError", e, x)
y = [3, 1, 2]
try:
    y.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, y)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2], [] == [], [1] != [1.0], [[1]] == [[1]], (1, 2) < (1, 2, 3), (2,) >= (1, 5))
z = [1, 2]
z += (3, 4)
z *= 2
print(z, [0] * 3, 2 * [1, 2], [1] * -1, z.count(1), z.index(3), z.index(3, 3), list(reversed(z)), 3 in z, 9 not in z)
r = [1, 2]
r.append(r)
print(r, [r, r], len(r))
e = [1, 2, 3]
e.extend(e)
e.reverse()
print(e, e.copy(), e.pop(), e.pop(0), e, e.clear(), e)
print(list.__len__([1, 2]), list.__contains__([1], 1), list.__getitem__([5, 6], -1), [1, 2].__reversed__().__class__.__name__, type(iter([])).__name__)
class L(list):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
l = L([1, 2, 3])
print(l[1], l, len(l), list(l), l + [4], type(l + [4]).__name__, l == [1, 2, 3], sorted(l), l[::-1])
t = (1, 2, 3, 2)
print(t[1:], t[::-1], t.count(2), t.index(2), t.index(2, 2), t + (4,), t * 2, (1,) * 0, hash((1, 2)) == hash((1, 2)), (1, [2]) == (1, [2]))
for f in [lambda: t[9], lambda: t.index(7), lambda: t + [1], lambda: hash((1, [])), lambda: t.__setitem__(0, 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), (3, 4))), hash((-1, -2)), hash((1.5, True, None is None)))
