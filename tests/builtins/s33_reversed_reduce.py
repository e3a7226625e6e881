# reversed()/list_reverseiterator __reduce__ before and after exhaustion: the sequence is
# kept (index -1) until a next() finds nothing, as in CPython; __setstate__ and copy.
import copy
for mk in [lambda: reversed([]), lambda: reversed([1, 2]), lambda: iter([]), lambda: iter([1]), lambda: reversed(()), lambda: reversed("ab"), lambda: reversed(range(3))]:
    it = mk()
    print(it.__reduce__() if not isinstance(it.__reduce__()[1][0], list) or True else 0, type(copy.copy(it)).__name__)
    next(it, None); next(it, None); next(it, None)
    print(it.__reduce__(), type(copy.copy(it)).__name__)
for seq in [[1, 2], (1, 2), "ab", range(2)]:
    it = reversed(seq)
    print(it.__reduce__()[1:], it.__length_hint__())
    next(it); next(it)
    print(it.__reduce__()[1:], it.__length_hint__())
    it.__setstate__(1)
    print(list(it), it.__reduce__()[1:])
    it.__setstate__(1)
    print(list(it), it.__length_hint__())
    it2 = reversed(seq); it2.__setstate__(-5); print(it2.__reduce__()[1:], list(it2))
    it3 = reversed(seq); it3.__setstate__(9); print(list(it3))
    print(list(copy.copy(reversed(seq))), [type(copy.copy(reversed(x))).__name__ for x in ([], ())])
