"""Compare lib/operator.py with CPython's operator."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report
import operator as C
W = load('operator')

vals = [0, 1, -3, 2.5, 'ab', [1, 2], (3,), {1, 2}, None, True, b'x', 10**20]
binops = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'add', 'and_', 'floordiv', 'lshift', 'mod',
          'mul', 'matmul', 'or_', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'concat',
          'contains', 'is_', 'is_not', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift',
          'imod', 'imul', 'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor', 'getitem',
          'countOf', 'indexOf']
unops = ['not_', 'truth', 'abs', 'index', 'inv', 'invert', 'neg', 'pos', 'length_hint']
for name in binops:
    for a in vals:
        for b in vals:
            if name in ('pow', 'ipow', 'lshift', 'ilshift') and isinstance(b, int) and b > 100:
                continue
            both('%s(%r,%r)' % (name, a, b), lambda m: getattr(m, name)(a, b), W, C)
for name in unops:
    for a in vals:
        both('%s(%r)' % (name, a), lambda m: getattr(m, name)(a), W, C)

class LH:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
for v in [3, -1, 'x', NotImplemented]:
    both('length_hint LH %r' % (v,), lambda m: m.length_hint(LH(v), 7), W, C)
both('length_hint iter', lambda m: m.length_hint(iter([1, 2, 3])), W, C)
both('length_hint bad default', lambda m: m.length_hint([], 'x'), W, C)

for args in [(1,), (1, 2), ('a',), ()]:
    both('itemgetter%r' % (args,), lambda m: repr(m.itemgetter(*args)), W, C)
    both('itemgetter call%r' % (args,), lambda m: m.itemgetter(*args)('abcd'), W, C)
    both('itemgetter call dict%r' % (args,), lambda m: m.itemgetter(*args)({1: 5}), W, C)
for args in [('real',), ('real', 'imag'), ('real.imag',), (1,), (), ('nope',)]:
    both('attrgetter%r' % (args,), lambda m: repr(m.attrgetter(*args)), W, C)
    both('attrgetter call%r' % (args,), lambda m: m.attrgetter(*args)(3), W, C)
for args, kw in [(('upper',), {}), (('split', ','), {}), (('split',), {'maxsplit': 1}), ((1,), {}), ((), {})]:
    both('methodcaller%r%r' % (args, kw), lambda m: repr(m.methodcaller(*args, **kw)), W, C)
    both('methodcaller call%r' % (args,), lambda m: m.methodcaller(*args, **kw)('a,b,c'), W, C)
both('setitem', lambda m: (lambda l: (m.setitem(l, 0, 9), l))([1]), W, C)
both('delitem', lambda m: (lambda l: (m.delitem(l, 0), l))([1, 2]), W, C)
both('call', lambda m: m.call(max, 1, 2, key=None), W, C)
both('dunder', lambda m: m.__add__(1, 2), W, C)
for n in C.__all__:
    both('has ' + n, lambda m: hasattr(m, n), W, C)
both('index neg', lambda m: m.index(True), W, C)
sys.exit(report() and 1)
