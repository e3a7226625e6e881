"""Compare lib/itertools.py with CPython's itertools.

Most of weft's itertools is Rust (crates/weft-stdlib/src/itertools.rs, checked by
tests/modules/s31_itertools_native and s21_itertools_pickle); here CPython's own
iterators stand in for that native module, so what is compared is lib/itertools.py's
own part: count and tee()."""
import sys, os, operator
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report, eq
import itertools as C
sys.modules.setdefault('_weft_itertools', C)
W = load('itertools')
L = lambda it, n=50: list(C.islice(it, n))

seqs = [[], [1], [1, 2, 3], 'abcd', range(6), [1, 1, 2, 2, 2, 3, 1], (0, 0, 1)]
for s in seqs:
    both('cycle %r' % (s,), lambda m: L(m.cycle(s), 12), W, C)
    both('accumulate %r' % (s,), lambda m: list(m.accumulate(s)), W, C)
    both('accumulate mul %r' % (s,), lambda m: list(m.accumulate(s, operator.mul)), W, C)
    both('accumulate init %r' % (s,), lambda m: list(m.accumulate(s, initial=100 if not isinstance(s, str) else 'x')), W, C)
    both('chain %r' % (s,), lambda m: list(m.chain(s, s, [], s)), W, C)
    both('chain.fi %r' % (s,), lambda m: list(m.chain.from_iterable([s, s])), W, C)
    both('compress %r' % (s,), lambda m: list(m.compress(s, [1, 0, 1, 1])), W, C)
    both('dropwhile %r' % (s,), lambda m: list(m.dropwhile(lambda x: x in (1, 'a', 0), s)), W, C)
    both('takewhile %r' % (s,), lambda m: list(m.takewhile(lambda x: x in (1, 'a', 0), s)), W, C)
    both('filterfalse %r' % (s,), lambda m: list(m.filterfalse(lambda x: x in (1, 'a'), s)), W, C)
    both('filterfalse None %r' % (s,), lambda m: list(m.filterfalse(None, s)), W, C)
    both('groupby %r' % (s,), lambda m: [(k, list(g)) for k, g in m.groupby(s)], W, C)
    both('groupby key %r' % (s,), lambda m: [(k, list(g)) for k, g in m.groupby(s, key=lambda x: x in (1, 2))], W, C)
    both('groupby stale %r' % (s,), lambda m: [list(g) for k, g in list(m.groupby(s))], W, C)
    both('groupby partial %r' % (s,), lambda m: (lambda gb: [(k, next(g, None)) for k, g in gb])(m.groupby(s)), W, C)
    for args in [(2,), (0,), (1, 3), (None,), (1, None), (0, 5, 2), (1, 9, 3), (None, None, 2), (-1,), (1, -1), (0, 1, 0), ('a',), (1.0,), (0, 'x')]:
        both('islice %r %r' % (s, args), lambda m: list(m.islice(s, *args)), W, C)
        both('islice consume %r %r' % (s, args), lambda m: (lambda it: (list(m.islice(it, *args)), list(it)))(iter(s)), W, C)
    both('pairwise %r' % (s,), lambda m: list(m.pairwise(s)), W, C)
    both('starmap %r' % (s,), lambda m: list(m.starmap(lambda *a: a, [(x,) for x in s])), W, C)
    both('zip_longest %r' % (s,), lambda m: list(m.zip_longest(s, 'xy', fillvalue='-')), W, C)
    both('zip_longest2 %r' % (s,), lambda m: list(m.zip_longest(s)), W, C)
    for r in [None, 0, 1, 2, 3, 5, -1, 'a']:
        both('permutations %r %r' % (s, r), lambda m: list(m.permutations(s, r)), W, C)
        if r is not None:
            both('combinations %r %r' % (s, r), lambda m: list(m.combinations(s, r)), W, C)
            both('cwr %r %r' % (s, r), lambda m: list(m.combinations_with_replacement(s, r)), W, C)
    for rep in [0, 1, 2]:
        both('product %r %r' % (s, rep), lambda m: list(m.product(s, 'ab', repeat=rep)), W, C)
    both('product1 %r' % (s,), lambda m: list(m.product(s)), W, C)
    for n in [0, 1, 2, 3]:
        both('tee %r %d' % (s, n), lambda m: [list(t) for t in m.tee(s, n)], W, C)
    both('tee interleave %r' % (s,), lambda m: (lambda a, b: [next(a, None), next(a, None), next(b, None), list(a), list(b)])(*m.tee(s)), W, C)
both('product()', lambda m: list(m.product()), W, C)
both('zip_longest()', lambda m: list(m.zip_longest()), W, C)
both('tee copy', lambda m: (lambda a: [list(m.tee(a)[1]), list(a)])(m.tee([1, 2])[0]), W, C)
for args in [(), (5,), (1.5, 0.5), (2, 1), (2, 1.0), (2.0, 1), ('a',), (1, 'a'), (1, 2, 3), (2, -1), (10**20,)]:
    both('count %r' % (args,), lambda m: (repr(m.count(*args)), L(m.count(*args), 4)), W, C)
both('count kw', lambda m: L(m.count(start=3, step=2), 3), W, C)
both('count after', lambda m: (lambda c: (next(c), next(c), repr(c)))(m.count(3, 2)), W, C)
for args in [('a',), ('a', 3), ('a', -3), (), (1, 'x'), ([1], 2)]:
    both('repeat %r' % (args,), lambda m: (repr(m.repeat(*args)), L(m.repeat(*args), 5)), W, C)
both('repeat kw', lambda m: list(m.repeat(object='x', times=2)), W, C)
both('repeat hint', lambda m: operator.length_hint(m.repeat(1, 5)), W, C)
for bad in [lambda m: m.chain(1), lambda m: list(m.chain(1)), lambda m: m.chain(a=1),
            lambda m: m.accumulate(1), lambda m: m.groupby(1), lambda m: m.starmap(1, 2),
            lambda m: list(m.starmap(pow, [1])), lambda m: m.zip_longest(1), lambda m: m.zip_longest([], x=1),
            lambda m: m.compress(1, []), lambda m: m.pairwise(1), lambda m: m.cycle(1), lambda m: m.dropwhile(None),
            lambda m: m.tee([], -1), lambda m: m.tee(1), lambda m: m.product(1), lambda m: m.product([1], repeat=-1),
            lambda m: m.combinations([1]), lambda m: m.permutations(), lambda m: m.islice([]), lambda m: m.islice(1, 2),
            lambda m: m.islice([], 1, 2, 3, 4), lambda m: m.combinations(iterable=[1, 2], r=1),
            lambda m: list(m.permutations([1, 2, 3], r=2))]:
    both('bad %s' % bad.__code__.co_firstlineno, bad, W, C)
for name in ['count', 'cycle', 'repeat', 'chain', 'islice', 'groupby', 'product', 'permutations', 'tee', 'zip_longest']:
    both('typename ' + name, lambda m: type({'count': lambda: m.count(), 'cycle': lambda: m.cycle([]), 'repeat': lambda: m.repeat(1),
                                             'chain': lambda: m.chain(), 'islice': lambda: m.islice([], 1),
                                             'groupby': lambda: m.groupby([]), 'product': lambda: m.product(),
                                             'permutations': lambda: m.permutations([]), 'tee': lambda: m.tee([])[0],
                                             'zip_longest': lambda: m.zip_longest()}[name]()).__name__, W, C)
both('chain repr', lambda m: repr(m.chain()), W, C)
both('grouper type', lambda m: type(next(m.groupby([1]))[1]).__name__, W, C)
sys.exit(report() and 1)
