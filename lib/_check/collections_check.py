"""Compare lib/collections (and its pure-Python deque/defaultdict fallbacks) with CPython."""
import sys, os, copy, pickle
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report, eq, same
import collections as C
saved = sys.modules.get('_collections')
sys.modules['_collections'] = None        # force the pure-Python fallbacks
W = load('collections')
if saved is not None:
    sys.modules['_collections'] = saved
assert W.deque.__module__ == 'collections' and W.deque is not C.deque

# ---- namedtuple
for spec, kw in [('x y', {}), ('x, y', {}), (['a', 'b', 'c'], {}), ('x', {}), ('', {}), ('x x', {}),
                 ('def', {}), ('_x', {}), ('x def _y x', {'rename': True}), ('x y z', {'defaults': [1, 2]}),
                 ('x', {'defaults': [1, 2]}), (['x', 1], {}), ('1x', {})]:
    def nt(m):
        P = m.namedtuple('P', spec, **kw)
        out = [P.__doc__, P._fields, P._field_defaults, P.__new__.__doc__, P.__module__, P.__match_args__]
        try:
            p = P(*range(len(P._fields)))
        except TypeError as e:
            out.append(str(e))
            return out
        out += [repr(p), p._asdict(), repr(p._replace()), tuple(p), P._make(range(len(P._fields))), copy.copy(p), copy.deepcopy(p)]
        for bad in [lambda: P(*range(len(P._fields) + 1)), lambda: P._make([]), lambda: p._replace(zz=1),
                    lambda: P(), lambda: setattr(p, P._fields[0], 1) if P._fields else 0]:
            try:
                out.append(bad())
            except Exception as e:
                out.append((type(e).__name__, str(e)))
        out.append(P.__new__.__qualname__)
        out.append(P._replace.__qualname__)
        if P._fields:
            out.append(getattr(P, P._fields[0]).__doc__)
        return out
    both('namedtuple %r %r' % (spec, kw), nt, W, C)
both('namedtuple bad typename', lambda m: m.namedtuple('class', 'x'), W, C)
both('namedtuple module', lambda m: m.namedtuple('P', 'x', module='mod').__module__, W, C)
both('namedtuple kwcall', lambda m: repr(m.namedtuple('P', 'x y')(y=1, x=2)), W, C)
both('namedtuple missing', lambda m: m.namedtuple('P', 'x y')(1), W, C)
both('namedtuple subclass', lambda m: repr(type('Q', (m.namedtuple('P', 'x y'),), {})(1, 2)), W, C)

# ---- OrderedDict
def od_ops(m):
    od = m.OrderedDict()
    out = [repr(od)]
    for k in 'abcde':
        od[k] = ord(k)
    out.append(repr(od))
    od.move_to_end('b')
    od.move_to_end('d', last=False)
    out.append(repr(od))
    out.append(od.popitem())
    out.append(od.popitem(last=False))
    out.append(repr(od))
    out.append(list(od.keys()))
    out.append(repr(od.keys()))
    out.append(repr(od.values()))
    out.append(repr(od.items()))
    out.append(list(reversed(od)))
    out.append(od == m.OrderedDict(reversed(list(od.items()))))
    out.append(od == dict(reversed(list(od.items()))))
    out.append(od != m.OrderedDict(reversed(list(od.items()))))
    out.append(od.pop('a'))
    out.append(od.pop('zz', 5))
    out.append(od.setdefault('q', 1))
    out.append(repr(od.copy()))
    out.append(repr(copy.deepcopy(od)))
    out.append(repr(m.OrderedDict.fromkeys('xyz', 0)))
    out.append(repr(od | {'a': 1}))
    out.append(repr({'a': 1} | od))
    od2 = m.OrderedDict(a=1)
    od2['self'] = od2
    out.append(repr(od2))
    out.append(od.keys() & {'c'})
    out.append(('c', 99) in od.items())
    out.append(type(od | {}).__name__)
    return out
both('OrderedDict ops', od_ops, W, C)
for bad in [lambda m: m.OrderedDict().popitem(), lambda m: m.OrderedDict().move_to_end('x'),
            lambda m: m.OrderedDict().pop('x'), lambda m: hash(m.OrderedDict()),
            lambda m: m.OrderedDict([1]), lambda m: m.OrderedDict({1: 2}, {3: 4})]:
    both('OrderedDict bad %d' % bad.__code__.co_firstlineno, bad, W, C)
both('OrderedDict kw', lambda m: repr(m.OrderedDict([('x', 1)], y=2)), W, C)
both('OrderedDict isinstance', lambda m: isinstance(m.OrderedDict(), dict), W, C)

# ---- Counter
inputs = ['abracadabra', '', [1, 2, 2, 3, 3, 3], {'a': 3, 'b': -1, 'c': 0}]
for a in inputs:
    for b in inputs:
        def cops(m):
            x, y = m.Counter(a), m.Counter(b)
            return [repr(x + y), repr(x - y), repr(x | y), repr(x & y), repr(+x), repr(-x),
                    x == y, x <= y, x < y, x >= y, x > y, x != y]
        both('Counter ops %r %r' % (a, b), cops, W, C)
    def c1(m):
        c = m.Counter(a)
        out = [repr(c), c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), sorted(c.elements(), key=repr),
               c.total(), c['zz'], repr(c.copy())]
        c.update('aab')
        out.append(repr(c))
        c.subtract({'a': 10})
        out.append(repr(c))
        c.update(x=2)
        c.subtract(x=1)
        out.append(repr(c))
        del c['nope']
        d = m.Counter(a)
        d += m.Counter('zz')
        out.append(repr(d))
        d -= m.Counter('a')
        out.append(repr(d))
        d |= m.Counter('qqq')
        out.append(repr(d))
        d &= m.Counter('q')
        out.append(repr(d))
        return out
    both('Counter single %r' % (a,), c1, W, C)
both('Counter fromkeys', lambda m: m.Counter.fromkeys('ab'), W, C)
both('Counter mixed repr', lambda m: repr(m.Counter({'a': 1, 'b': 'x'})), W, C)
both('Counter eq dict', lambda m: m.Counter(a=1) == {'a': 1}, W, C)
both('Counter add bad', lambda m: m.Counter() + 1, W, C)
both('Counter elements float', lambda m: list(m.Counter({'a': 1.5}).elements()), W, C)
both('Counter kw', lambda m: repr(m.Counter(a=2, b=5)), W, C)

# ---- defaultdict
def dd(m):
    d = m.defaultdict(list)
    d['a'].append(1)
    d['b']
    out = [repr(d), repr(m.defaultdict()), repr(m.defaultdict(None, {1: 2})), repr(m.defaultdict(int, a=1)),
           d.default_factory, repr(d.copy()), repr(copy.copy(d)), repr(copy.deepcopy(d)), type(d.copy()).__name__,
           repr(d | {'z': 1}), repr({'z': 1} | d), isinstance(d, dict), d.get('q'), 'q' in d]
    e = m.defaultdict(int)
    e['x'] += 5
    out.append(repr(e))
    f = m.defaultdict(None)
    try:
        f['x']
    except KeyError as ex:
        out.append(repr(ex))
    g = m.defaultdict(int)
    g.default_factory = g.copy
    out.append(repr(m.defaultdict(lambda: 0).default_factory is not None))
    s = m.defaultdict(list)
    s[1] = s
    out.append(repr(s))
    class Sub(m.defaultdict):
        pass
    out.append(repr(Sub(int, {1: 1})))
    return out
both('defaultdict', dd, W, C)
both('defaultdict bad', lambda m: m.defaultdict(1), W, C)

# ---- deque
def dq(m):
    out = []
    d = m.deque()
    out.append(repr(d))
    for i in range(20):
        d.append(i)
        d.appendleft(-i)
    out.append(repr(d))
    out.append([d.pop(), d.popleft(), d.pop(), d.popleft()])
    out.append(len(d))
    d.rotate(3)
    out.append(list(d))
    d.rotate(-5)
    out.append(list(d))
    d.rotate(1000)
    out.append(list(d))
    out.append([d[0], d[-1], d[5], d.index(3), d.count(0), 3 in d, 99 in d])
    d[2] = 'x'
    del d[3]
    d.insert(1, 'ins')
    d.insert(-1, 'ins2')
    d.insert(100, 'end')
    d.insert(-100, 'start')
    d.remove('x')
    out.append(list(d))
    d.reverse()
    out.append(list(d))
    d.extend('abc')
    d.extendleft('xyz')
    out.append(list(d))
    out.append(list(reversed(d)))
    out.append(repr(d.copy()))
    out.append(repr(copy.copy(d)))
    out.append(repr(copy.deepcopy(d)))
    out.append(repr(d + m.deque([1])))
    out.append(repr(m.deque([1, 2]) * 3))
    out.append(repr(2 * m.deque([1, 2])))
    e = m.deque([1])
    e *= 2
    e += [5]
    out.append(repr(e))
    out.append([m.deque([1, 2]) < m.deque([1, 3]), m.deque([1]) == m.deque([1]), m.deque([1]) == [1], m.deque() >= m.deque()])
    out.append(d.maxlen)
    out.append(bool(m.deque()))
    d.clear()
    out.append(repr(d))
    return out
both('deque ops', dq, W, C)
def dqmax(m):
    out = []
    for ml in [0, 1, 3]:
        d = m.deque(range(10), maxlen=ml)
        out.append(repr(d))
        d.append(10)
        out.append(repr(d))
        d.appendleft(-1)
        out.append(repr(d))
        d.extend(range(20, 25))
        out.append(repr(d))
        d.extendleft(range(30, 32))
        out.append(repr(d))
        out.append(d.maxlen)
        try:
            d.insert(0, 'x')
        except IndexError as e:
            out.append(str(e))
        out.append(repr(d.copy()))
    r = m.deque([1])
    r.append(r)
    out.append(repr(r))
    d = m.deque([1, 2, 3])
    d.__init__([7, 8])
    out.append(repr(d))
    return out
both('deque maxlen', dqmax, W, C)
for bad in [lambda m: m.deque().pop(), lambda m: m.deque().popleft(), lambda m: m.deque([1]).remove(2),
            lambda m: m.deque([1]).index(2), lambda m: m.deque([1])[5], lambda m: m.deque([1])[-2],
            lambda m: m.deque(maxlen=-1), lambda m: m.deque(maxlen='a'), lambda m: m.deque([1])['a'],
            lambda m: m.deque([1])[0:1], lambda m: m.deque() + [1], lambda m: hash(m.deque()),
            lambda m: m.deque(1), lambda m: m.deque([1, 2, 3]).index(3, 0, 2), lambda m: m.deque([1, 2, 3]).index(2, -2),
            lambda m: m.deque([1, 2]).rotate('a')]:
    both('deque bad %d' % bad.__code__.co_firstlineno, bad, W, C)
def dq_mut(m):
    d = m.deque([1, 2, 3])
    for x in d:
        d.append(x)
both('deque mutate iter', dq_mut, W, C)
def dq_threads(m):
    import threading
    d = m.deque()
    def work():
        for i in range(2000):
            d.append(i)
        for i in range(1000):
            d.popleft()
    ts = [threading.Thread(target=work) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    return len(d)
both('deque threads', dq_threads, W, C)

# ---- ChainMap
def cm(m):
    a, b = {'x': 1, 'y': 2}, {'y': 3, 'z': 4}
    c = m.ChainMap(a, b)
    out = [repr(c), c['y'], c['z'], c.get('q', 0), len(c), list(c), list(c.items()), 'z' in c, bool(c),
           repr(c.new_child()), repr(c.new_child({'w': 0}, v=1)), repr(c.parents), repr(c.copy()), repr(m.ChainMap()),
           repr(m.ChainMap.fromkeys('ab', 1)), repr(c | {'n': 1}), repr({'n': 1} | c)]
    c['q'] = 9
    del c['x']
    out.append(repr(c))
    out.append(c.pop('q'))
    out.append(c.popitem())
    c |= {'k': 1}
    out.append(repr(c))
    c.clear()
    out.append(repr(c))
    r = m.ChainMap()
    r['r'] = r
    out.append(repr(r))
    return out
both('ChainMap', cm, W, C)
for bad in [lambda m: m.ChainMap().popitem(), lambda m: m.ChainMap({}, {1: 2}).pop(1),
            lambda m: m.ChainMap({}, {1: 2}).__delitem__(1), lambda m: m.ChainMap()['x']]:
    both('ChainMap bad %d' % bad.__code__.co_firstlineno, bad, W, C)

# ---- UserDict / UserList / UserString
def ud(m):
    d = m.UserDict(a=1)
    d['b'] = 2
    out = [repr(d), len(d), list(d), d.get('a'), 'a' in d, repr(d.copy()), repr(d | {'c': 3}), repr({'c': 3} | d), d == {'a': 1, 'b': 2}]
    class M(m.UserDict):
        def __missing__(self, k): return 'miss'
    out.append(M()['x'])
    out.append(repr(copy.copy(d)))
    out.append(d.pop('a'))
    out.append(repr(m.UserDict.fromkeys('ab')))
    l = m.UserList([3, 1, 2])
    l.append(5)
    l.sort()
    out += [repr(l), repr(l[1:]), type(l[1:]).__name__, repr(l + [1]), repr([1] + l), repr(l * 2), l == [1, 2, 3, 5], l < [9], l.index(2), l.count(2)]
    l.extend(m.UserList([7]))
    l.insert(0, 0)
    l.reverse()
    out.append(repr(l))
    out.append(l.pop())
    s = m.UserString('Hello')
    out += [repr(s), str(s), s.upper(), repr(s.upper()), repr(s[1:3]), 'ell' in s, s + 'x', 'x' + s, s * 2, s == 'Hello',
            s.split('l'), s.find('l'), repr(s.replace('l', 'L')), len(s), s < 'Z', hash(s) == hash('Hello'), repr(m.UserString(5))]
    return [repr(x) for x in out]
both('User*', ud, W, C)

# ---- abc
import collections.abc as CA
WA = W.abc
def abcs(m, W):
    out = []
    for t in [list, tuple, dict, set, frozenset, str, bytes, bytearray, range, memoryview, int, type(iter([])),
              type({}.keys()), type({}.items()), type({}.values()), type((x for x in [])), type(len), W.deque,
              W.OrderedDict, W.Counter, W.UserDict, W.UserList, W.UserString, W.ChainMap]:
        out.append((t.__name__, [n for n in m.__all__ if n != 'Buffer' and issubclass(t, getattr(m, n))]))
    return out
same('abc issubclass', lambda: abcs(WA, W), lambda: abcs(CA, C))
def abc_mixins(m):
    class MySet(m.MutableSet):
        def __init__(self, it=()): self.s = set(it)
        def __contains__(self, x): return x in self.s
        def __iter__(self): return iter(sorted(self.s))
        def __len__(self): return len(self.s)
        def add(self, x): self.s.add(x)
        def discard(self, x): self.s.discard(x)
    a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
    out = [sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, a < MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([9]),
           a._hash() == hash(frozenset([1, 2, 3]))]
    a |= [7]
    a -= [1]
    out.append(sorted(a))
    out.append(a.pop())
    class MyMap(m.MutableMapping):
        def __init__(self): self.d = {}
        def __getitem__(self, k): return self.d[k]
        def __setitem__(self, k, v): self.d[k] = v
        def __delitem__(self, k): del self.d[k]
        def __iter__(self): return iter(self.d)
        def __len__(self): return len(self.d)
    mm = MyMap()
    mm.update({'a': 1}, b=2)
    mm.setdefault('c', 3)
    out += [list(mm.items()), list(mm.keys()), list(mm.values()), mm.get('z'), 'a' in mm, mm == {'a': 1, 'b': 2, 'c': 3}, mm.pop('a'),
            mm.popitem(), repr(mm.keys())[:8], ('c', 3) in mm.items(), 3 in mm.values(), mm.keys() | {'q'}]
    class Seq(m.Sequence):
        def __getitem__(self, i): return 'abc'[i]
        def __len__(self): return 3
    s = Seq()
    out += [list(s), 'b' in s, list(reversed(s)), s.index('c'), s.count('a')]
    try:
        s.index('z')
    except ValueError as e:
        out.append(repr(e))
    try:
        m.Sequence()
    except TypeError as e:
        out.append(str(e))
    try:
        m.Mapping()
    except TypeError as e:
        out.append(str(e))
    return out
same('abc mixins', lambda: abc_mixins(WA), lambda: abc_mixins(CA))
sys.exit(report() and 1)
