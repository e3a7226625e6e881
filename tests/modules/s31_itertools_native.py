# itertools (written in Rust in weft, as CPython's C module): types, subclasses, docs,
# reprs, argument errors, memory limits, reentrant sources, error paths, groups and
# tee copies, and copy/deepcopy/pickle of each iterator midway.
import itertools as it, copy, pickle, operator, sys, types, collections.abc, re
def show(desc, fn):
    try:
        r = ('ok', fn())
    except BaseException as e:
        r = ('exc', type(e).__name__, str(e))
    print(desc, re.sub(r'0x[0-9a-f]+', '0x?', repr(r)))
show('type', lambda: (type(it.islice), it.islice.__module__, it.islice.__name__, it.islice.__qualname__))
show('repr', lambda: repr(it.islice([], 1)))
show('repr tee', lambda: repr(it.tee([])[0]))
show('repr grouper', lambda: repr(next(it.groupby([1]))[1]))
show('iterator abc', lambda: [isinstance(x, collections.abc.Iterator) for x in (it.chain(), it.islice([],1), it.repeat(1), it.tee([])[0], it.product())])
class C(it.chain):
    pass
show('subclass chain', lambda: (list(C('ab', 'cd')), type(C.from_iterable(['ab'])).__name__, type(it.chain.from_iterable([])).__name__))
class D(it.islice):
    def __init__(self, *a):
        self.tag = 'x'
show('subclass islice', lambda: (lambda d: (list(d), d.tag))(D('abcdef', 1, None, 2)))
class E(it.repeat):
    def __next__(self):
        return 'E' + super().__next__()
show('subclass repeat', lambda: (list(E('a', 3)), repr(E('a', 2))))
class F(it.groupby): pass
show('subclass groupby', lambda: [(k, list(g)) for k, g in F('aab')])
show('genericalias', lambda: (repr(it.chain[int]), type(it.chain[int]).__name__))
show('doc', lambda: [getattr(it, n).__doc__.splitlines()[0] for n in ('islice', 'chain', 'cycle', 'repeat', 'accumulate', 'groupby', 'product', 'permutations', 'zip_longest', 'pairwise', 'starmap', 'compress', 'takewhile', 'dropwhile', 'filterfalse', 'combinations', 'combinations_with_replacement')])
show('repeat repr', lambda: (lambda r: (repr(r), next(r), repr(r), list(r), repr(r)))(it.repeat('a', 3)))
show('repeat neg', lambda: (repr(it.repeat(1, -5)), list(it.repeat(1, -5))))
show('repeat len', lambda: len(it.repeat(1, 3)))
show('repeat hint', lambda: operator.length_hint(it.repeat(1, 4)))
show('repeat big', lambda: it.repeat(1, 2**70))
show('setattr', lambda: setattr(it.chain(), 'x', 1))
show('accumulate', lambda: (list(it.accumulate([], initial=5)), list(it.accumulate([1,2], initial=None)), list(it.accumulate('abc')), list(it.accumulate([1,2,3], func=operator.mul, initial=2))))
show('accumulate bad', lambda: list(it.accumulate([1, 'a'])))
show('accumulate kw', lambda: it.accumulate(iterable=[1], bogus=2))
def gen():
    yield 1
    next(ch)
    yield 2
ch = it.chain(gen())
show('reenter chain', lambda: (next(ch), next(ch)))
class Src:
    def __iter__(self): return self
    def __next__(self):
        return next(tt)
tt = it.tee(Src())[0]
show('reenter tee', lambda: next(tt))
class Copyable:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
    def __copy__(self):
        c = Copyable(); c.i = self.i; return c
show('tee copyable', lambda: [type(x).__name__ for x in it.tee(Copyable(), 2)])
show('tee of tee', lambda: (lambda a: (type(it._tee(a)).__name__, it._tee(a) is a))(it.tee([1])[0]))
show('tee n', lambda: [list(x) for x in it.tee(iter([1, 2, 3]), 3)])
show('tee args', lambda: it._tee())
show('tee args2', lambda: it._tee([], x=1))
def bigtee():
    a, b = it.tee(range(300000))
    for _ in a: pass
    del a, b
    return 'ok'
show('tee big drop', bigtee)
show('tee big drop2', lambda: (lambda a, b: (sum(1 for _ in a), 'ok'))(*it.tee(range(300000))))
g = it.groupby('aabbbcc')
k1, g1 = next(g)
k2, g2 = next(g)
show('groupby stale', lambda: (list(g1), list(g2), [(k, list(v)) for k, v in g]))
show('groupby key', lambda: [(k, list(v)) for k, v in it.groupby(range(10), key=lambda x: x // 3)])
show('groupby kw', lambda: [(k, list(v)) for k, v in it.groupby(iterable='aab', key=None)])
show('grouper new', lambda: it._grouper(1, 2))
g = it.groupby('xxyy'); k, gr = next(g)
show('grouper copy', lambda: (lambda c: (list(c), list(gr)))(copy.copy(gr)))
g = it.groupby('xxyy'); k, gr = next(g)
show('grouper pickle', lambda: list(pickle.loads(pickle.dumps(gr))))
g = it.groupby('xxyy'); k, gr = next(g); next(g)
show('grouper pickle stale', lambda: list(pickle.loads(pickle.dumps(gr))))
g = it.groupby('xxyyz'); k, gr = next(g); next(gr)
show('groupby+grouper pickle', lambda: (lambda p: (list(p[1]), [(k, list(v)) for k, v in p[0]]))(pickle.loads(pickle.dumps((g, gr)))))
show('islice big', lambda: (list(it.islice('abc', sys.maxsize)), list(it.islice('abcdef', 1, sys.maxsize, sys.maxsize))))
show('islice over', lambda: it.islice('abc', sys.maxsize + 1))
show('islice float', lambda: it.islice('abc', 1.0))
show('islice neg', lambda: it.islice('abc', -1))
show('islice kw', lambda: it.islice('abc', stop=1))
show('islice step0', lambda: it.islice('abc', 0, 1, 0))
show('islice start none', lambda: list(it.islice('abcdef', None, 4, None)))
class Idx:
    def __index__(self): return 2
show('islice index', lambda: list(it.islice('abcdef', Idx(), None)))
def raising():
    yield 1
    raise KeyError('x')
i = it.islice(raising(), 3)
show('islice raise', lambda: (next(i), next(i)))
show('islice after raise', lambda: list(i))
p = it.pairwise(raising())
show('pairwise raise', lambda: next(p))
show('pairwise after', lambda: list(p))
show('pairwise', lambda: (list(it.pairwise('abcd')), list(it.pairwise('a')), list(it.pairwise(''))))
show('pairwise pickle', lambda: pickle.dumps(it.pairwise('ab')))
show('pairwise copy', lambda: copy.copy(it.pairwise('ab')))
show('pairwise deepcopy', lambda: copy.deepcopy(it.pairwise('ab')))
show('product', lambda: (list(it.product(repeat=0)), list(it.product('ab', repeat=0)), list(it.product('ab', [], 'c')), list(it.product())))
show('product kw', lambda: it.product('a', foo=1))
show('product kw2', lambda: it.product('a', repeat=1, foo=1))
show('product big', lambda: it.product('a', repeat=2**62))
show('product big2', lambda: it.product('a', repeat=2**64))
show('product float', lambda: it.product('a', repeat=1.5))
show('perm', lambda: (list(it.permutations('abc', None)), list(it.permutations('abc', 0)), list(it.permutations('', 0)), list(it.permutations('ab', 3))))
show('perm kw', lambda: list(it.permutations(iterable='abc', r=2)))
show('perm bad r', lambda: it.permutations('abc', 1.5))
show('perm neg', lambda: it.permutations('abc', -1))
show('comb', lambda: (list(it.combinations('abc', 0)), list(it.combinations('', 0)), list(it.combinations('ab', 3)), list(it.combinations('abcd', 4))))
show('comb none', lambda: it.combinations('abc', None))
show('comb big', lambda: list(it.combinations('abc', 2**40)))
show('cwr big', lambda: it.combinations_with_replacement('abc', 2**40))
show('cwr', lambda: (list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('', 1)), list(it.combinations_with_replacement('ab', 0))))
show('zip_longest', lambda: (list(it.zip_longest('ab', 'xyz', 'q', fillvalue=0)), list(it.zip_longest())))
show('starmap', lambda: (list(it.starmap(operator.add, ['ab', [1, 2]])), list(it.starmap(lambda: 1, [()]))))
show('starmap bad', lambda: list(it.starmap(operator.add, [1])))
show('compress', lambda: list(it.compress('abcdef', [1, 0, 1])))
show('compress kw', lambda: list(it.compress(data='abc', selectors=[1, 1, 0])))
show('cycle', lambda: (list(it.islice(it.cycle(''), 5)), list(it.islice(it.cycle('ab'), 5))))
show('takewhile', lambda: (lambda t: (list(t), list(t)))(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
show('dropwhile', lambda: list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
show('filterfalse', lambda: list(it.filterfalse(lambda x: x % 2, range(6))))
show('chain errs', lambda: (lambda c: (next(c), next(c)))(it.chain('a', 5)))
c = it.chain('a', 5, 'b')
show('chain after err', lambda: (next(c), outcome_hack()))
def outcome_hack():
    try:
        next(c)
    except TypeError as e:
        return str(e), list(c)
for name, mk in [('cycle', lambda: it.cycle('abc')), ('accumulate', lambda: it.accumulate([1, 2, 3])),
                 ('chain', lambda: it.chain('ab', 'cd')), ('islice', lambda: it.islice('abcdefg', 1, None, 2)),
                 ('product', lambda: it.product('ab', 'cd')), ('permutations', lambda: it.permutations('abc')),
                 ('combinations', lambda: it.combinations('abcd', 2)), ('cwr', lambda: it.combinations_with_replacement('abc', 2)),
                 ('groupby', lambda: it.groupby('aabbc')), ('zip_longest', lambda: it.zip_longest('ab', 'xyz')),
                 ('starmap', lambda: it.starmap(pow, [(2, 2), (3, 2)])), ('compress', lambda: it.compress('abc', [1, 0, 1])),
                 ('dropwhile', lambda: it.dropwhile(bool, [1, 0, 1])), ('takewhile', lambda: it.takewhile(bool, [1, 1, 0])),
                 ('filterfalse', lambda: it.filterfalse(None, [0, 1, 0])), ('repeat', lambda: it.repeat('r', 3)),
                 ('tee', lambda: it.tee('abc')[1]), ('count', lambda: it.count(2))]:
    for how, f in [('copy', copy.copy), ('deepcopy', copy.deepcopy), ('pickle', lambda x: pickle.loads(pickle.dumps(x, 4))), ('pickle0', lambda x: pickle.loads(pickle.dumps(x, 0)))]:
        def t():
            x = mk()
            first = next(x)
            y = f(x)
            conv = lambda v: [(k, list(g)) for k, g in v] if name == 'groupby' else list(it.islice(v, 6))
            a = conv(x); b = conv(y)
            return first if name != 'groupby' else first[0], a, b, type(x) is type(y)
        show('%s %s' % (how, name), t)
# constructors' argument errors and the methods each type has
show('fi kw', lambda: it.chain.from_iterable(iterable=[1]))
show('fi 0', lambda: it.chain.from_iterable())
show('fi 2', lambda: it.chain.from_iterable(1, 2))
show('fi nonit', lambda: it.chain.from_iterable(1))
for n in ['islice', 'chain', 'cycle', 'repeat', 'groupby', 'product', 'tee', 'pairwise']:
    show('attrs ' + n, lambda: sorted(a for a in dir(getattr(it, n)) if not a.startswith('__') or a in ('__reduce__', '__setstate__', '__length_hint__', '__copy__', '__class_getitem__', '__sizeof__')))
show('grouper attrs', lambda: sorted(a for a in dir(it._grouper) if a in ('__reduce__', '__setstate__', '__new__', '__next__')))
show('tee type', lambda: (it._tee.__name__, it._tee.__module__, type(it.tee([])[0]) is it._tee))
show('next descriptor', lambda: it.islice.__next__(it.chain()))
show('cycle kw', lambda: it.cycle(iterable=[1]))
show('cycle 0', lambda: it.cycle())
show('starmap kw', lambda: it.starmap(f=1))
show('zip_longest fill', lambda: list(it.zip_longest([1], fillvalue=2, x=1)))
show('accumulate too many', lambda: it.accumulate([1], None, None, None))
show('accumulate kwdup', lambda: it.accumulate([1], iterable=[2]))
show('groupby kwbad', lambda: it.groupby([], keyfunc=None))
show('repeat kw', lambda: it.repeat(object=1, times=2, x=3))
show('repeat 0', lambda: it.repeat())
show('combinations 1', lambda: it.combinations([1]))
show('perm 3', lambda: it.permutations([1], 2, 3))
show('compress 1', lambda: it.compress([1]))
show('pairwise kw', lambda: it.pairwise(iterable=[1]))
show('pairwise 2', lambda: it.pairwise([1], [2]))
show('product neg', lambda: it.product([1], repeat=-1))
show('islice 1', lambda: it.islice([1]))
show('islice 5', lambda: it.islice([1], 1, 2, 3, 4))
show('islice kw', lambda: it.islice([1], 1, step=2))
show('islice step none', lambda: list(it.islice('abcdef', 1, None, None)))
show('islice huge start', lambda: it.islice('abc', 2**70, None))
show('islice huge step', lambda: it.islice('abc', 0, None, 2**70))
show('dropwhile 3', lambda: it.dropwhile(1, 2, 3))
show('takewhile 0', lambda: it.takewhile())
show('filterfalse kw', lambda: it.filterfalse(None, [], x=1))
