"""Compare lib/copy.py with CPython's copy."""
import sys, os, collections, fractions, decimal, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report, eq
import copy as C
W = load('copy')


class Plain:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'Plain(%r)' % (self.v,)
class Slotted:
    __slots__ = ('a', '__b')
    def __init__(self): self.a = [1]; self.__b = {2: 3}
    def __repr__(self): return 'Slotted(%r, %r)' % (self.a, self._Slotted__b)
class WithCopy:
    def __init__(self): self.n = 0
    def __copy__(self): r = WithCopy(); r.n = 'copied'; return r
    def __deepcopy__(self, memo): r = WithCopy(); r.n = ('deep', len(memo) >= 0); return r
    def __repr__(self): return 'WithCopy(%r)' % (self.n,)
class GS:
    def __init__(self): self.x = [1]
    def __getstate__(self): return {'x': self.x, 'extra': 1}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
    def __repr__(self): return 'GS(%r)' % sorted(self.__dict__.items())
class L(list):
    def __init__(self, *a): super().__init__(*a); self.tag = 't'
    def __repr__(self): return 'L(%r, %r)' % (list(self), self.__dict__)
class D(dict):
    def __repr__(self): return 'D(%r, %r)' % (dict(self), self.__dict__)
class I(int):
    def __repr__(self): return 'I(%d, %r)' % (self, self.__dict__)
class NewArgs:
    def __new__(cls, a): o = object.__new__(cls); o.a = a; return o
    def __getnewargs__(self): return (self.a,)
    def __repr__(self): return 'NewArgs(%r)' % (self.a,)
class Red:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (Red, (self.v,))
    def __repr__(self): return 'Red(%r)' % (self.v,)

shared = [1, 2]
rec = [1]
rec.append(rec)
def make():
    i = I(5); i.z = 1
    l = L([shared, shared]); 
    d = D(a=shared); d.attr = shared
    return [1, 'a', (1, 2), (shared,), [shared, shared], {'k': shared}, {1, 2}, frozenset([3]), bytearray(b'ab'),
            Plain(shared), Slotted(), WithCopy(), GS(), l, d, i, NewArgs([1]), Red(shared), collections.OrderedDict(a=[1]),
            collections.deque([shared]), collections.Counter('aab'), collections.defaultdict(list, a=[1]),
            fractions.Fraction(1, 3), decimal.Decimal('1.5'), datetime.date(2020, 1, 2), slice(1, [2]), len, Plain,
            range(3), None, 1.5, 2j, b'x', ..., NotImplemented, type, rec, collections.namedtuple('NT', 'a b')(shared, 2)]

def describe(orig, c):
    # describe result and identity relations (which parts were shared)
    return (repr(c), type(c).__name__, c is orig)
for idx in range(len(make())):
    both('copy %d' % idx, lambda m: (lambda o: describe(o, m.copy(o)))(make()[idx]), W, C)
    both('deepcopy %d' % idx, lambda m: (lambda o: describe(o, m.deepcopy(o)))(make()[idx]), W, C)
def rel(m):
    x = [shared, shared, (shared,), Plain(shared)]
    y = m.deepcopy(x)
    return [y[0] is y[1], y[0] is shared, y[2][0] is y[0], y[3].v is y[0]]
both('deepcopy relations', rel, W, C)
def rec_test(m):
    y = m.deepcopy(rec)
    return y[1] is y, y is not rec
both('deepcopy recursive', rec_test, W, C)
def memo_test(m):
    memo = {}
    a = [1]
    b = m.deepcopy([a, a], memo)
    return b[0] is b[1], id(a) in memo
both('deepcopy memo', memo_test, W, C)
def shallow_rel(m):
    p = Plain(shared)
    q = m.copy(p)
    s = Slotted()
    t = m.copy(s)
    l = L([shared])
    l2 = m.copy(l)
    return q.v is shared, t.a is s.a, l2[0] is shared, l2.tag
both('copy relations', shallow_rel, W, C)
both('Error', lambda m: issubclass(m.Error, Exception) and m.error is m.Error, W, C)
sys.exit(report() and 1)
