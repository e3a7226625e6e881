"""Compare lib/array.py with CPython's array."""
import sys, os, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report
import array as C
W = load('array')
both('typecodes', lambda m: m.typecodes, W, C)
for c in 'bBhHiIlLqQ':
    lo = {'b': -129, 'B': -1, 'h': -2**15 - 1, 'H': -1, 'i': -2**31 - 1, 'I': -1, 'l': -2**63 - 1, 'L': -1, 'q': -2**63 - 1, 'Q': -1}[c]
    hi = {'b': 128, 'B': 256, 'h': 2**15, 'H': 2**16, 'i': 2**31, 'I': 2**32, 'l': 2**63, 'L': 2**64, 'q': 2**63, 'Q': 2**64}[c]
    for v in [2**70, -2**70, lo, hi, lo + 1, hi - 1, 0, 1.5, 'x', True]:
        both('init %s %r' % (c, v), lambda m: m.array(c, [v]), W, C)
for c in 'bBuhHiIlLqQfd':
    init = 'abc' if c == 'u' else [1, 2, 3, 2]
    def ops(m):
        a = m.array(c, init)
        out = [repr(a), repr(m.array(c)), a.itemsize, a.typecode, len(a), a[0], a[-1], repr(a[1:]), list(a), a.tolist(), a.tobytes(),
               repr(m.array(c, a.tobytes())), a.count(a[1]), a.index(a[1]), a[1] in a, repr(a + a), repr(a * 2), repr(2 * a), a == m.array(c, init),
               a < m.array(c, init) + m.array(c, init), repr(copy.copy(a)), repr(copy.deepcopy(a))]
        a.append(a[0])
        a.insert(0, a[2])
        a.extend(m.array(c, init))
        out.append(repr(a))
        out.append(a.pop())
        out.append(a.pop(0))
        a.remove(a[0])
        a.reverse()
        out.append(repr(a))
        del a[0]
        a[0] = a[1]
        a[1:3] = m.array(c, init)[:2]
        out.append(repr(a))
        b = m.array(c, init)
        b.byteswap()
        out.append(repr(b))
        b += m.array(c, init)
        b *= 2
        out.append(repr(b))
        return out
    both('ops %s' % c, ops, W, C)
for bad in [lambda m: m.array('z'), lambda m: m.array('u', [1]), lambda m: m.array('i', [1]).pop(5), lambda m: m.array('i').pop(),
            lambda m: m.array('i', [1]).remove(9), lambda m: m.array('i', [1]).index(9), lambda m: m.array('i') + m.array('d'),
            lambda m: m.array('i') + [1], lambda m: m.array('i', b'\x01\x00'), lambda m: m.array('i', [1])[5], lambda m: m.array('f', ['x']),
            lambda m: m.array('i', 'abc'), lambda m: m.array('d', [1, 2.5]), lambda m: m.array('f', [0.1]), lambda m: m.array('i', [1]) == m.array('d', [1.0]),
            lambda m: hash(m.array('i')), lambda m: m.array('i', range(5))[::2], lambda m: m.array('i', iter([1, 2]))]:
    both('bad %d' % bad.__code__.co_firstlineno, bad, W, C)
sys.exit(report() and 1)
