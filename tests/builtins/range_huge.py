big = 10 ** 30
r = range(-big, big, 7)
print(r[0], r[-1], r[12345], big - 1 in r, 0 in r, -big in r, big in r, r.index(-big + 7 * 5), r.count(-big + 14), r.count(1))
print(r[10:20], r[::-1][:3], r[::big], len(r[::big * 10 ** 5]), r[-3:], r[big:], r[-big * 5:2][:1])
r2 = range(big, -big, -3)
print(r2[0], r2[-1], list(r2[:3]), list(reversed(range(10, 0, -3))), list(reversed(r2[:4])), next(reversed(r2)))
print(range(0, 10, 3)[::-1], range(10, 0, -2)[1::2], range(5)[::-2], range(0)[::-1], range(1, 10)[5:1:-1], list(range(5, -5, -4)))
print(range(10) == range(0, 10, 1), range(0) == range(5, 5), range(1, 2, 3) == range(1, 4, 5), hash(range(0)) == hash(range(3, 3)), range(3) != [0, 1, 2])
try:
    len(range(2 ** 63 + 1))
except OverflowError as e:
    print("OverflowError", e)
print(range(2 ** 64).__len__() if False else "skip", range(2 ** 64)[-1], range(2 ** 64)[2 ** 63], range(2 ** 64).index(2 ** 63))
for bad in [lambda: range(0, 10, 0), lambda: range(1.5), lambda: range(10)[10], lambda: range(10).index(10), lambda: range(3)["a"], lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        print(bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(1.0 in range(3), 2.5 in range(3), "a" in range(3), True in range(2), range(5).count(2.0), range(-5, 5, 2).index(3))
print(repr(range(3)), str(range(1, 5, 2)), range(-3, 3)[-6], bool(range(0)), bool(range(1)), range(3).start, range(1, 9, 2).stop, range(5).step)
s = slice(1, 10, 2)
print(s.indices(5), s.indices(20), slice(None).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(10), slice(-100, 100, 3).indices(7), slice(10, -10, -4).indices(6))
print(slice(5, 1, -1).indices(3), slice(None, None, -2).indices(0), slice(2 ** 70, None).indices(4), slice(0, 2 ** 70, 2 ** 65).indices(10))
for bad in [lambda: slice(None, None, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice("a").indices(3), lambda: slice(1, 2).indices(1.5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1) == slice(None, 1), slice(1, 2, 3), repr(slice("a", None)), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print("TypeError", e)
print([0, 1, 2, 3, 4, 5][slice(1, None, 2)], "abcdef"[slice(-2, None)], (1, 2, 3)[::-2])
