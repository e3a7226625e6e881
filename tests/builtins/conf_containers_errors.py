def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
L = [3, 1, 2]
t('list idx', lambda: L[5])
t('list idx neg', lambda: L[-4])
t('list idx str', lambda: L['a'])
t('list idx float', lambda: L[1.0])
t('list set idx', lambda: L.__setitem__(5, 1))
t('list del idx', lambda: L.__delitem__(5))
t('list pop empty', lambda: [].pop())
t('list pop idx', lambda: [1].pop(5))
t('list remove', lambda: [1].remove(2))
t('list index', lambda: [1, 2].index(3))
t('list index range', lambda: [1, 2, 3, 2].index(2, 2))
t('list index range2', lambda: [1, 2, 3].index(2, -1))
t('list insert', lambda: (lambda l: (l.insert(-10, 'a'), l.insert(100, 'z'), l)[2])([1, 2]))
t('list sort key err', lambda: [1, 'a'].sort())
t('list sort key raise', lambda: [1, 2].sort(key=lambda x: 1 / 0))
t('sort kw', lambda: [3, 1].sort(lambda x: x))
t('sorted bad kw', lambda: sorted([1], foo=1))
def mut():
    l = [3, 2, 1]
    l.sort(key=lambda x: l.append(x) or x)
    return l
t('sort mutate', mut)
t('list slice assign', lambda: (lambda l: (l.__setitem__(slice(1, 2), [7, 8, 9]), l)[1])([1, 2, 3]))
def ext():
    l = [1, 2, 3, 4]
    l[::2] = [9]
t('ext slice bad', ext)
def ext2():
    l = [1, 2, 3, 4]
    l[::2] = [9, 8]; del l[::-3]; return l
t('ext slice', ext2)
def ext3():
    l = [1, 2]
    l[0:1] = 5
t('slice assign nonit', ext3)
t('list mul', lambda: [[0] * 3, [1, 2] * 0, [1] * -2])
t('list add bad', lambda: [1] + (2,))
t('list iadd tuple', lambda: (lambda l: (l.__iadd__((2, 3)), l)[1])([1]))
t('list cmp', lambda: [[1, 2] < [1, 3], [1] < [1, 0], [] == [], [1, 2] == [1, 2.0]])
t('list cmp bad', lambda: [1] < ['a'])
t('list cmp tuple', lambda: [1] < (1,))
r = [1]; r.append(r)
t('rec list', lambda: repr(r))
d = {}; d['self'] = d
t('rec dict', lambda: repr(d))
t('rec tuple', lambda: repr((r, d)))
t('tuple', lambda: [(1,) * 3, tuple('ab'), (1, 2).index(2), (1, 2, 1).count(1), (1, 2) + (3,), ()])
t('tuple idx', lambda: (1,)[3])
t('tuple index', lambda: (1,).index(5))
t('tuple add', lambda: (1,) + [2])
t('tuple assign', lambda: exec('x=(1,); x[0]=2'))
t('tuple hash', lambda: hash((1, [2])))
t('dict', lambda: [dict(a=1), dict([(1, 2)]), dict({1: 2}, b=3), dict.fromkeys('ab'), dict.fromkeys([1], 0), {1: 2} | {3: 4}])
t('dict bad seq', lambda: dict([1, 2]))
t('dict bad seq2', lambda: dict([(1, 2, 3)]))
t('dict keyerr', lambda: {}['x'])
t('dict keyerr tuple', lambda: {}[(1, 2)])
t('dict unhash', lambda: {[]: 1})
t('dict pop', lambda: {}.pop('a'))
t('dict popitem', lambda: {}.popitem())
t('dict update bad', lambda: {}.update(5))
t('dict update args', lambda: {}.update({}, {}))
def chg():
    d = {1: 1}
    for k in d:
        d[k + 1] = 1
t('dict changed', chg)
def chg2():
    s = {1}
    for k in s:
        s.add(k + 1)
t('set changed', chg2)
def chg3():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]; d[k] = 1
t('dict changed keys', chg3)
t('dict views', lambda: [{1: 2}.keys() & {1}, {1: 2}.items() | {(3, 4)}, {1: 2}.keys() - [1], repr({1: 2}.values()), repr({}.items()), list(reversed({1: 2, 3: 4}))])
t('dict cmp', lambda: {1: 2} < {1: 2})
t('dict setdefault', lambda: (lambda d: (d.setdefault('a', []).append(1), d.setdefault('b'), d)[2])({}))
t('dict get kw', lambda: {}.get('a', default=1))
t('set', lambda: [set('aab') == {'a', 'b'}, {1, 2} ^ {2, 3}, {1} <= {1, 2}, frozenset([1]) | {2}, {1} | frozenset([2]), set() , frozenset(), repr(frozenset({1}))])
t('set remove', lambda: set().remove(1))
t('set pop', lambda: set().pop())
t('set bad op', lambda: {1} | [2])
t('set unhash', lambda: {[1]})
t('set methods', lambda: [{1, 2}.union([3], (4,)), {1, 2}.intersection([2], [2, 3]), {1, 2}.difference(), {1}.isdisjoint([2]), {1}.issubset([1, 2]), {1, 2}.issuperset([1])])
t('set in unhash', lambda: [] in {1})
t('set in set', lambda: {1} in {frozenset({1})})
t('frozenset hash', lambda: hash(frozenset()) == hash(frozenset([])))
t('range', lambda: [range(10)[2:8:2], range(0, 10, 3)[-1], range(5)[::-1], len(range(-5)), range(1, 10**20)[-1], 10**19 in range(10**20), range(3) == range(0, 3, 1), range(0) == range(2, 1), repr(range(1, 5, 2)), range(5).index(3), range(0, 10, 2).count(4)])
t('range idx', lambda: range(3)[3])
t('range step0', lambda: range(1, 2, 0))
t('range float', lambda: range(1.5))
t('range index', lambda: range(3).index(5))
t('range big len', lambda: len(range(10**20)))
t('slice', lambda: [slice(1, 2), slice(None), slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), repr(slice('a', [1]))])
t('slice step0', lambda: slice(None, None, 0).indices(5))
t('slice hash', lambda: hash(slice(1)))
t('slice cmp', lambda: [slice(1, 2) == slice(1, 2), slice(1) < slice(2)])
mv = memoryview(b'abcdef')
t('mv', lambda: [mv[1], mv[1:3].tobytes(), bytes(mv[::2]), mv.nbytes, mv.readonly, mv.format, mv.itemsize, mv.shape, mv.tolist()[:2], mv.hex(), mv == b'abcdef', len(mv)])
t('mv setitem ro', lambda: mv.__setitem__(0, 1))
t('mv ba', lambda: (lambda b: (memoryview(b).__setitem__(0, 65), b)[1])(bytearray(b'xyz')))
t('mv idx', lambda: mv[10])
t('mv bad', lambda: memoryview('abc'))
t('enumerate', lambda: [list(enumerate('ab', 5)), list(enumerate('ab', start=-1))])
t('reversed bad', lambda: reversed({1}))
t('len bad', lambda: len(5))
t('iter bad', lambda: iter(5))
t('next bad', lambda: next([1]))
t('next default', lambda: next(iter([]), 'd'))
