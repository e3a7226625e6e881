"""Compare lib/reprlib.py with CPython's reprlib."""
import sys, os, array, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report
import reprlib as C
W = load('reprlib')
vals = [list(range(100)), 'a' * 100, 'abc', {i: i for i in range(10)}, set(range(10)), frozenset(range(10)), 10 ** 50, -10 ** 50,
        [[[[[[1]]]]]], [[[[[[[[1]]]]]]]], tuple(range(10)), (1,), bytes(100), array.array('i', range(10)), array.array('d'),
        collections.deque(range(10)), set(), frozenset(), {}, [], (), {1, 'a', 2}, {'x' * 50: [1] * 20}, 'é' * 40, 1.5,
        object, None, ([(1,)],), 'x' * 31, 'x' * 30]
for v in vals:
    both('repr %r' % (v,), lambda m: m.repr(v), W, C)
    def custom(m):
        r = m.Repr()
        r.maxlevel = 2; r.maxlist = 2; r.maxstring = 10; r.maxother = 8; r.fillvalue = '~'
        return r.repr(v)
    both('custom %r' % (v,), custom, W, C)
class Bad:
    def __repr__(self): raise ValueError
both('bad', lambda m: m.repr(Bad())[:22], W, C)
def rr(m):
    class X:
        def __init__(self): self.me = self
        @m.recursive_repr('<rec>')
        def __repr__(self): return 'X(%r)' % (self.me,)
    return repr(X()), X.__repr__.__name__, X.__repr__.__qualname__
both('recursive_repr', rr, W, C)
sys.exit(report() and 1)
