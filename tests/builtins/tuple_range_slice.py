t = (1, 2, 3, 2)
print(t, t[1], t[-1], t[1:3], t.count(2), t.index(3), len(t), t + (4,), t * 2, 2 in t, tuple(), tuple("ab"), (1,), ())
print(t == (1, 2, 3, 2), t < (1, 3), hash(t) == hash((1, 2, 3, 2)), max(t), sorted(t), tuple(reversed(t)))
a, *b = t
print(a, b)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
nested = ([1], 2)
nested[0].append(3)
print(nested)
try:
    nested[0] += [4]
except TypeError as e:
    print("TypeError", e, nested)
r = range(10)
print(r, range(1, 10, 2), range(10, 0, -3), list(range(0)), list(range(5, 0, -1)), range(3) == range(0, 3))
print(len(r), r[3], r[-1], r[2:5], r[::-1], 5 in r, 10 in r, r.index(4), r.count(4), r.start, r.stop, r.step)
big = range(0, 10 ** 20, 7)
print(big[10 ** 15], 7 * 10 ** 12 in big, 7 * 10 ** 12 + 1 in big, big[-1], big.index(700))
try:
    len(big)
except OverflowError as e:
    print("OverflowError", e)
print(len(range(0, 10 ** 10, 3)))
print(list(range(-5, 5, 3)), range(2, 2), bool(range(0)), bool(range(1)), list(range(10)[::3]), hash(range(3)) == hash(range(3)))
print(range(0, 10, 2)[1:4], reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
try:
    r[20]
except IndexError as e:
    print("IndexError", e)
try:
    range(0, 1, 0)
except ValueError as e:
    print("ValueError", e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print("abcdefgh"[s], [0, 1, 2, 3][slice(None, None, -2)], slice(1, 2) == slice(1, 2))
try:
    hash(slice(1))
    print("hashable slice")
except TypeError as e:
    print("TypeError", e)
print(range(5)[slice(1, 3)], range(5).__class__.__name__)
