"""Argument Clinic style TypeErrors: wrong argument counts and keywords for _random.Random's
methods, collections.deque's methods, every itertools constructor, the builtins
open(), property() and complex(), and other builtins' argument counts and keywords."""
import _random
import collections
import itertools
import math
import random


def t(label, f):
    try:
        r = f()
    except TypeError as e:
        print(f"{label}: TypeError: {e}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {type(r).__name__}")


print("--- _random.Random")
r = _random.Random(1)
t("random(1)", lambda: r.random(1))
t("random(x=1)", lambda: r.random(x=1))
t("random(1, x=1)", lambda: r.random(1, x=1))
t("seed(1, 2)", lambda: r.seed(1, 2))
t("seed(1, 2, 3)", lambda: r.seed(1, 2, 3))
t("seed(n=1)", lambda: r.seed(n=1))
t("seed(1, n=1)", lambda: r.seed(1, n=1))
t("getrandbits()", lambda: r.getrandbits())
t("getrandbits(1, 2)", lambda: r.getrandbits(1, 2))
t("getrandbits(k=1)", lambda: r.getrandbits(k=1))
t("getstate(1)", lambda: r.getstate(1))
t("getstate(a=1)", lambda: r.getstate(a=1))
t("setstate()", lambda: r.setstate())
t("setstate(1, 2)", lambda: r.setstate(1, 2))
t("setstate(state=1)", lambda: r.setstate(state=1))
rr = random.Random(1)
t("random.Random().random(1)", lambda: rr.random(1))
t("random.Random().getrandbits()", lambda: rr.getrandbits())
t("random.Random().getrandbits(k=3)", lambda: rr.getrandbits(k=3))
t("_random.Random.random(rr, 1)", lambda: _random.Random.random(rr, 1))
t("_random.Random.random()", lambda: _random.Random.random())
t("_random.Random(1, 2)", lambda: _random.Random(1, 2))
t("_random.Random(x=1)", lambda: _random.Random(x=1))

print("--- collections.deque")
d = collections.deque([1, 2, 3])
for name, args in [
    ("append", ()), ("append", (1, 2)),
    ("appendleft", ()), ("appendleft", (1, 2)),
    ("pop", (1,)), ("popleft", (1,)),
    ("extend", ()), ("extend", ([], [])),
    ("extendleft", ()), ("extendleft", ([], [])),
    ("clear", (1,)), ("copy", (1,)), ("__copy__", (1,)),
    ("__reduce__", (1,)), ("__sizeof__", (1,)),
    ("count", ()), ("count", (1, 2)),
    ("remove", ()), ("remove", (1, 2)),
    ("reverse", (1,)),
    ("rotate", (1, 2)), ("rotate", (1, 2, 3)),
    ("index", ()), ("index", (1, 2, 3, 4)),
    ("insert", ()), ("insert", (1,)), ("insert", (1, 2, 3)),
    ("__reversed__", (1,)),
    # slot wrappers (__setitem__ and the __mul__ family are left out: CPython's
    # PyArg_UnpackTuple(args, "", ...) puts a space before "expected")
    ("__len__", (1,)), ("__iter__", (1,)), ("__repr__", (1,)),
    ("__getitem__", ()), ("__delitem__", ()), ("__contains__", ()),
    ("__add__", ()), ("__iadd__", ()),
]:
    t(f"deque.{name}{args}", lambda: getattr(d, name)(*args))
for name in ["append", "appendleft", "pop", "popleft", "extend", "extendleft", "clear",
             "copy", "count", "remove", "reverse", "rotate", "index", "insert",
             "__reduce__", "__sizeof__", "__reversed__"]:
    t(f"deque.{name}(x=1)", lambda: getattr(d, name)(x=1))
t("deque.rotate(1, n=1)", lambda: d.rotate(1, n=1))
t("deque.pop(1, x=1)", lambda: d.pop(1, x=1))
t("deque.__len__(x=1)", lambda: d.__len__(x=1))
t("deque.pop()", lambda: collections.deque.pop())
t("deque.rotate()", lambda: collections.deque.rotate())
t("deque([], 1, 2)", lambda: collections.deque([], 1, 2))
t("deque(x=1)", lambda: collections.deque(x=1))
t("deque([], iterable=1)", lambda: collections.deque([], iterable=1))
dit, drit = type(iter(d)), type(reversed(d))
t("_deque_iterator()", lambda: dit())
t("_deque_iterator(d, 1, 2)", lambda: dit(d, 1, 2))
t("_deque_iterator(d, x=1)", lambda: list(dit(d, x=1)))
t("_deque_reverse_iterator()", lambda: drit())
t("_deque_reverse_iterator(d, 0, 1)", lambda: drit(d, 0, 1))
t("deque(iterable=1, maxlen=2, x=3)", lambda: collections.deque(iterable=1, maxlen=2, x=3))
t("deque([], x=1, iterable=2)", lambda: collections.deque([], x=1, iterable=2))
t("deque([], 1, x=1)", lambda: collections.deque([], 1, x=1))

print("--- itertools")
I = itertools
cases = [
    ("accumulate()", lambda: I.accumulate()),
    ("accumulate([], None, 0, 1)", lambda: I.accumulate([], None, 0, 1)),
    ("accumulate([], None, 0)", lambda: I.accumulate([], None, 0)),
    ("accumulate([], x=1)", lambda: I.accumulate([], x=1)),
    ("accumulate([], iterable=[])", lambda: I.accumulate([], iterable=[])),
    ("accumulate(func=None)", lambda: I.accumulate(func=None)),
    ("accumulate(a=1, b=2, c=3, d=4)", lambda: I.accumulate(a=1, b=2, c=3, d=4)),
    ("accumulate([], None, initial=0, func=1)", lambda: I.accumulate([], None, initial=0, func=1)),
    ("accumulate([], x=1, iterable=2)", lambda: I.accumulate([], x=1, iterable=2)),
    ("chain(x=1)", lambda: I.chain(x=1)),
    ("chain.from_iterable()", lambda: I.chain.from_iterable()),
    ("chain.from_iterable([], [])", lambda: I.chain.from_iterable([], [])),
    ("chain.from_iterable(x=1)", lambda: I.chain.from_iterable(x=1)),
    ("combinations()", lambda: I.combinations()),
    ("combinations([])", lambda: I.combinations([])),
    ("combinations([], 1, 2)", lambda: I.combinations([], 1, 2)),
    ("combinations([], x=1)", lambda: I.combinations([], x=1)),
    ("combinations(r=1)", lambda: I.combinations(r=1)),
    ("combinations([], 1, r=1)", lambda: I.combinations([], 1, r=1)),
    ("combinations_with_replacement()", lambda: I.combinations_with_replacement()),
    ("combinations_with_replacement([])", lambda: I.combinations_with_replacement([])),
    ("combinations_with_replacement([], 1, 2)", lambda: I.combinations_with_replacement([], 1, 2)),
    ("combinations_with_replacement([], z=1)", lambda: I.combinations_with_replacement([], z=1)),
    ("compress()", lambda: I.compress()),
    ("compress([])", lambda: I.compress([])),
    ("compress([], [], [])", lambda: I.compress([], [], [])),
    ("compress([], selectors=[], x=1)", lambda: I.compress([], selectors=[], x=1)),
    ("compress(data=[], selectors=[])", lambda: I.compress(data=[], selectors=[])),
    ("compress([], data=[])", lambda: I.compress([], data=[])),
    ("count(1, 2, 3)", lambda: I.count(1, 2, 3)),
    ("count(x=1)", lambda: I.count(x=1)),
    ("count(1, start=1)", lambda: I.count(1, start=1)),
    ("count(start=1, step=2, x=3)", lambda: I.count(start=1, step=2, x=3)),
    ("cycle()", lambda: I.cycle()),
    ("cycle([], [])", lambda: I.cycle([], [])),
    ("cycle(iterable=[])", lambda: I.cycle(iterable=[])),
    ("dropwhile()", lambda: I.dropwhile()),
    ("dropwhile(None)", lambda: I.dropwhile(None)),
    ("dropwhile(None, [], [])", lambda: I.dropwhile(None, [], [])),
    ("dropwhile(None, x=[])", lambda: I.dropwhile(None, x=[])),
    ("filterfalse()", lambda: I.filterfalse()),
    ("filterfalse(None, [], [])", lambda: I.filterfalse(None, [], [])),
    ("filterfalse(None, x=[])", lambda: I.filterfalse(None, x=[])),
    ("groupby()", lambda: I.groupby()),
    ("groupby([], None, 1)", lambda: I.groupby([], None, 1)),
    ("groupby([], x=1)", lambda: I.groupby([], x=1)),
    ("groupby(key=None)", lambda: I.groupby(key=None)),
    ("groupby([], iterable=[])", lambda: I.groupby([], iterable=[])),
    ("islice()", lambda: I.islice()),
    ("islice([])", lambda: I.islice([])),
    ("islice([], 1, 2, 3, 4)", lambda: I.islice([], 1, 2, 3, 4)),
    ("islice([], stop=1)", lambda: I.islice([], stop=1)),
    ("pairwise()", lambda: I.pairwise()),
    ("pairwise([], [])", lambda: I.pairwise([], [])),
    ("pairwise(iterable=[])", lambda: I.pairwise(iterable=[])),
    ("permutations()", lambda: I.permutations()),
    ("permutations([], 1, 2)", lambda: I.permutations([], 1, 2)),
    ("permutations([], x=1)", lambda: I.permutations([], x=1)),
    ("permutations(r=1)", lambda: I.permutations(r=1)),
    ("product(x=1)", lambda: I.product(x=1)),
    ("product(repeat=1, x=1)", lambda: I.product(repeat=1, x=1)),
    ("repeat()", lambda: I.repeat()),
    ("repeat(1, 2, 3)", lambda: I.repeat(1, 2, 3)),
    ("repeat(1, x=2)", lambda: I.repeat(1, x=2)),
    ("repeat(times=2)", lambda: I.repeat(times=2)),
    ("repeat(1, object=2)", lambda: I.repeat(1, object=2)),
    ("repeat(object=1, times=2, x=3)", lambda: I.repeat(object=1, times=2, x=3)),
    ("starmap()", lambda: I.starmap()),
    ("starmap(None, [], [])", lambda: I.starmap(None, [], [])),
    ("starmap(None, x=[])", lambda: I.starmap(None, x=[])),
    ("takewhile()", lambda: I.takewhile()),
    ("takewhile(None, [], [])", lambda: I.takewhile(None, [], [])),
    ("takewhile(None, x=[])", lambda: I.takewhile(None, x=[])),
    ("tee()", lambda: I.tee()),
    ("tee([], 2, 3)", lambda: I.tee([], 2, 3)),
    ("tee([], n=2)", lambda: I.tee([], n=2)),
    ("zip_longest(x=1)", lambda: I.zip_longest(x=1)),
    ("zip_longest(fillvalue=1, x=1)", lambda: I.zip_longest(fillvalue=1, x=1)),
]
for label, f in cases:
    t(label, f)
grouper = type(next(I.groupby("a"))[1])
tee_t = type(I.tee([])[0])
t("_grouper()", lambda: grouper())
t("_grouper(1, 2, 3)", lambda: grouper(1, 2, 3))
t("_grouper(1, 2, x=3)", lambda: grouper(1, 2, x=3))
t("_tee()", lambda: tee_t())
t("_tee([], [])", lambda: tee_t([], []))
t("_tee([], x=1)", lambda: tee_t([], x=1))

print("--- builtins")
t("open()", lambda: open())
t("open(x=1)", lambda: open(x=1))
t("open('/nonexistent', file=1)", lambda: open('/nonexistent', file=1))
t("open('/nonexistent', x=1, file=2)", lambda: open('/nonexistent', x=1, file=2))
t("open('f', 'r', -1, None, None, None, True, None, 1)", lambda: open('f', 'r', -1, None, None, None, True, None, 1))
t("open(file='f', mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None, x=1)",
  lambda: open(file='f', mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None, x=1))
t("open('/nonexistent', x=1)", lambda: open('/nonexistent', x=1))
t("property(1, 2, 3, 4, 5)", lambda: property(1, 2, 3, 4, 5))
t("property(x=1)", lambda: property(x=1))
t("property(None, x=1)", lambda: property(None, x=1))
t("property(fget=None, fset=None, fdel=None, doc=None, x=1)",
  lambda: property(fget=None, fset=None, fdel=None, doc=None, x=1))
t("property(None, None, None, None, x=1)", lambda: property(None, None, None, None, x=1))
t("property(None, fget=None)", lambda: property(None, fget=None))
t("property(None, None, x=1, fget=2)", lambda: property(None, None, x=1, fget=2))
t("property(None, None, fset=1, fget=2)", lambda: property(None, None, fset=1, fget=2))
t("complex(1, 2, 3)", lambda: complex(1, 2, 3))
t("complex(x=1)", lambda: complex(x=1))
t("complex(1, x=1)", lambda: complex(1, x=1))
t("complex(real=1, imag=2, x=3)", lambda: complex(real=1, imag=2, x=3))
t("complex(1, 2, x=3)", lambda: complex(1, 2, x=3))
t("complex(1, 2, 3, x=4)", lambda: complex(1, 2, 3, x=4))
t("complex(1, real=2)", lambda: complex(1, real=2))

print("--- builtins: argument counts, keyword names")
t("len()", lambda: len())
t("len(1, 2)", lambda: len(1, 2))
t("repr()", lambda: repr())
t("isinstance(1)", lambda: isinstance(1))
t("getattr(1)", lambda: getattr(1))
t("getattr(1, 2, 3, 4)", lambda: getattr(1, 2, 3, 4))
t("setattr(1, 2)", lambda: setattr(1, 2))
t("iter()", lambda: iter())
t("next(1, 2, 3)", lambda: next(1, 2, 3))
t("hash()", lambda: hash())
t("min()", lambda: min())
t("print(x=1)", lambda: print(x=1))
t("zip(x=1)", lambda: zip(x=1))
t("exec('1', x=1)", lambda: exec('1', x=1))
t("math.prod([], x=1)", lambda: math.prod([], x=1))
t("math.isclose(1, 2, x=1)", lambda: math.isclose(1, 2, x=1))
