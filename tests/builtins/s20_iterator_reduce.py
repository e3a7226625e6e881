# __reduce__/__setstate__ of the built-in iterators (what copy.copy, copy.deepcopy and
# pickle rebuild them from), and a callable iterator ended by StopIteration.
import copy, pickle
class _Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 4:
            raise StopIteration
        return self.n
_counter = _Counter
def show(x):
    r = x.__reduce__()
    args = tuple(type(a).__name__ if 'iterator' in type(a).__name__ or callable(a) else a for a in r[1])
    print(type(x).__name__, r[0].__name__, args, r[2:])
for mk in [lambda: iter([1,2]), lambda: iter((1,2)), lambda: iter('ab'), lambda: iter('é'), lambda: iter(b'ab'), lambda: iter(bytearray(b'ab')), lambda: reversed([1,2]), lambda: reversed((1,2)), lambda: iter({1:2,3:4}), lambda: iter({1:2}.values()), lambda: iter({1:2}.items()), lambda: iter({1,2}), lambda: enumerate('ab', 5), lambda: zip('a','b'), lambda: zip('a','b', strict=True), lambda: map(str, 'a'), lambda: filter(None, 'a')]:
    x = mk(); show(x); next(x, None); show(x)
    for _ in range(5): next(x, None)
    show(x)
for mk in [lambda: iter([1,2,3]), lambda: iter((1,2,3)), lambda: iter('abc'), lambda: iter('éab'), lambda: iter(b'abc'), lambda: iter(bytearray(b'abc')), lambda: iter(range(1, 9, 3)), lambda: iter(range(2**70, 2**70+3)), lambda: reversed([1,2,3]), lambda: reversed((1,2,3)), lambda: iter({1:2,3:4,5:6}), lambda: iter({1:2,3:4,5:6}.values()), lambda: iter({1:2,3:4,5:6}.items()), lambda: iter({1,2,3}), lambda: enumerate('abc', 5), lambda: zip('abc','def'), lambda: map(str, 'abc'), lambda: filter(None, 'abc'), lambda: iter(_counter(), 3)]:
    x = mk(); next(x)
    c = copy.copy(x)
    print(type(x).__name__, list(c), list(x))
    x = mk(); next(x)
    try:
        d = copy.deepcopy(x)
        print("  deep", list(d), list(x))
    except Exception as e:
        print("  deep", type(e).__name__, e)
    x = mk(); next(x)
    try:
        y = pickle.loads(pickle.dumps(x))
        print("  pickle", list(y), list(x))
    except Exception as e:
        print("  pickle", type(e).__name__, e)
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter((1, 2, 3)); it.__setstate__(10); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(0); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(10); print(list(it))
it = iter(range(10)); it.__setstate__(7); print(list(it))
it = iter([1, 2]); list(it); it.__setstate__(0); print(list(it))
try:
    iter([1]).__setstate__("x")
except TypeError as e:
    print("TypeError", e)
