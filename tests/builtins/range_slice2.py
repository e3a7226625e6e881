r = range(10 ** 20)
print(len(range(10)), 10 ** 19 in r, r[10 ** 19], r[-1], r[10:20:3], range(10)[::-1], range(10)[1:3], list(range(10)[::-2]), range(0, 10, 3)[-1])
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 1), hash(range(3)) == hash(range(0, 3)), range(1, 10, 3).index(7), range(5).count(3), range(5).count(3.0))
print(list(reversed(range(1, 10, 3))), list(reversed(range(0))), 3.0 in range(5), bool(range(0)), range(5, 0, -1), list(range(5, 0, -2)), range(-3), list(range(-3, 3)))
for f in [lambda: len(range(10 ** 20)), lambda: range(3).index(5), lambda: range(3)[5], lambda: hash(slice(1)), lambda: slice(1, 2, 3, 4), lambda: range(3)['a'],
          lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(), lambda: range(1, 2, 3, 4), lambda: slice(None, None, 0).indices(3), lambda: slice(1).indices(-1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s = slice(None, None, -1)
print(s.indices(5), slice(2, 100).indices(10), slice(-3, None).indices(5), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(5), slice(1, 2, 3).step)
print(range(10 ** 20)[::10 ** 19], type(iter(range(3))).__name__, type(iter(range(2 ** 70, 2 ** 70 + 2))).__name__, list(range(2 ** 64, 2 ** 64 + 3)), range(3).start, range(1, 7, 2).stop)
print(list(range(10))[slice(2, 8, 2)], 'abcdef'[slice(None, None, 2)], (1, 2, 3)[slice(1, None)], range(10)[slice(-2, None)], list(reversed(range(2 ** 64, 2 ** 64 + 3))))
