# range iterators' __reduce__/__setstate__ count from the range's start, as CPython 3.11's
# index does; iteration near the end of the machine-int range stops instead of wrapping.
import pickle, copy
for r in (range(10), range(3, 20, 4), range(10, 0, -3), range(0), range(-5, 5), range(2**61, 2**62, 2**59)):
    it = iter(r)
    print(it.__reduce__()[1:], it.__length_hint__())
    next(it, None)
    print(it.__reduce__()[1:], it.__length_hint__())
    c = copy.copy(it)
    print(list(c), list(pickle.loads(pickle.dumps(it))))
    list(it)
    print(it.__reduce__()[1:], it.__length_hint__())
    it.__setstate__(1)
    print(list(it))
    it.__setstate__(-4)
    print(next(it, "x"), it.__reduce__()[1:])
    it.__setstate__(100)
    print(list(it), it.__reduce__()[1:])
rv = reversed(range(1, 10, 2))
next(rv)
print(rv.__reduce__()[1:], list(rv))
rv = reversed(range(0))
print(rv.__reduce__()[1:], list(rv))
big = range(2**62, 2**63 - 1, 2**61)
print(list(big), [x for x in big], list(reversed(range(-2**63, -2**63 + 10, 4))))
for x in range(2**63 - 3, 2**63 - 1):
    print(x)
