import sys
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
# realistic: word frequency + formatting report
text = """The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs!
Über-naïve café owners say "hello" — twice: hello, HELLO."""
import re
words = [w.lower().strip('.,;:!"—') for w in text.split()]
freq = {}
for w in words:
    if w:
        freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f'{w:<10}|{c:>3}|{c / len(words):6.2%}|{"*" * c}')
print('{:=^40}'.format(' Summary '))
print('%-10s %5d %8.3f' % ('total', len(words), sum(len(w) for w in words) / len(words)))
table = [('alice', 3.5, 10**12), ('bob', -0.25, -7), ('carol', 1e-9, 0)]
for name, x, n in table:
    print(f'{name!r:>8} {x:+.3e} {x:10.4g} {n:,} {n:_x} {n:#o}')
# hash consistency
t('hash', lambda: [hash(1) == hash(1.0) == hash(True) == hash(1+0j), hash(0.5) == hash(0.5+0j), hash(2**64) == hash(float(2**64)), hash(-1) == hash(-1.0), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2.0, 1]))])
t('dict mixed keys', lambda: {1: 'a', 1.0: 'b', True: 'c'})
t('set mixed', lambda: {0, 0.0, False, -0.0})
# recursive reprs
l = [1]; l.append(l); d = {'k': l}; l.append(d)
t('rec', lambda: (repr(l), repr(d), str(l)))
s = set(); 
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f'Node({self.children!r})'
n = Node(); n.children.append(n)
t('rec custom', lambda: repr(n))
t('dict repr types', lambda: repr({None: ..., 'a': NotImplemented, 1.5: [()], (1,): {1}}))
t('nested empty', lambda: repr([[], {}, set(), frozenset(), (), ((),), '']))
# sort stability and errors
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1)]
t('sort', lambda: [sorted(data, key=lambda x: x[1]), sorted(data, key=lambda x: x[1], reverse=True), sorted(data)])
t('sort mixed', lambda: sorted([3, 'a', 1]))
t('sort none', lambda: sorted([None, 1]))
t('sort key err', lambda: sorted([1, 2], key=lambda x: {}[x]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'K{self.v}'
t('sort lt only', lambda: [sorted([K(3), K(1), K(2)]), max([K(3), K(1)]), min(K(3), K(5))])
t('sort gt only', lambda: len(sorted([type('G', (), {'__gt__': lambda s, o: True})() for _ in range(2)])))
t('list.sort returns', lambda: [3, 1].sort())
# round / divmod / pow builtins
t('round', lambda: [round(0.5), round(1.5), round(-0.5), round(2.675, 2), round(1.0005, 3), round(123.456, -1), round(-123.456, -2), round(1e16 + 1.0), round(7, -1), round(-7, -1), round(True), round(12.5, None)])
t('divmod', lambda: [divmod(-7, 2), divmod(7, -2), divmod(-7.0, 2), divmod(7, 0.5), divmod(-1e-300, 1e308)])
t('pow', lambda: [pow(-2, 3), pow(-2, -3), pow(2, 0.5), pow(0, 0), pow(0.0, 0), pow(-1, 0.5), pow(7, -1, 13), pow(-3, 3, 7), pow(3, 3, -7)])
t('float pow err', lambda: 0.0 ** -1.5)
t('neg pow frac', lambda: (-1.0) ** 0.5)
t('int overflow float', lambda: 10 ** 400 * 1.0)
t('float int ovf', lambda: int(1e400))
t('huge mul', lambda: len(str(3 ** 2000)))
t('huge div', lambda: (10 ** 50 + 1) // 7 % 1000)
t('neg mod big', lambda: (-10 ** 30) % 7)
t('big shifts', lambda: [(1 << 100) >> 99, -(1 << 100) >> 99, (-1) << 65])
t('int methods', lambda: [(255).to_bytes(2, 'little', signed=False), (-129).to_bytes(2, 'big', signed=True), int.from_bytes(b'\x80', 'big', signed=True), (10).__index__(), int.__new__(int, '7')])
t('to_bytes signed overflow', lambda: (128).to_bytes(1, 'big', signed=True))
t('float()', lambda: [float('  -1.5e3  '), float('1_0.5'), float('-0'), float(' nan '), float('-inf')])
t('float bad underscore', lambda: float('1_.5'))
t('float bad exp underscore', lambda: float('1e_5'))
t('float from bytearray', lambda: float(bytearray(b'2.5')))
t('float bad bytes', lambda: float(b'x1'))
# vars / dir / getattr / isinstance
class A:
    cls_attr = 1
    def __init__(self): self.x = 1; self._y = 2
    def m(self): pass
    @property
    def p(self): return 3
    @staticmethod
    def s(): return 4
    @classmethod
    def c(cls): return cls.__name__
class B(A): pass
a = B()
t('vars', lambda: vars(a))
t('dir', lambda: [n for n in dir(a) if not n.startswith('__')])
t('getattr', lambda: [getattr(a, 'p'), getattr(a, 's')(), getattr(a, 'c')(), getattr(B, 'cls_attr'), getattr(a, 'zz', None)])
t('getattr err', lambda: getattr(a, 'zz'))
t('getattr cls err', lambda: getattr(B, 'zz'))
t('isinstance', lambda: [isinstance(a, A), isinstance(a, (int, (str, A))), issubclass(B, A | int), isinstance(1, int | None), issubclass(bool, int), isinstance(True, (float,))])
t('type attrs', lambda: [B.__name__, B.__qualname__, B.__mro__, B.__bases__, A.__dict__['cls_attr'], type(A.__dict__).__name__, B.__module__])
t('callable', lambda: [callable(a.m), callable(A.p), callable(A.s), callable(A.c)])
t('enumerate', lambda: list(enumerate(['a', 'b'], start=10)))
t('zip strict ok', lambda: list(zip([1, 2], 'ab', strict=True)))
t('zip lengths', lambda: list(zip('abc', range(2))))
t('map multi', lambda: list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
t('filter', lambda: list(filter(lambda x: x % 2, range(10))))
t('reversed dict items', lambda: list(reversed({1: 2, 3: 4}.items())))
t('sum floats', lambda: [sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum(range(101)), sum([[1], [2]], start=[0])])
t('sum strings', lambda: sum(['a'], 'b'))
t('max mixed', lambda: [max(1, 2.5, True), min('b', 'a', key=str.upper), max([], default=None), max({3: 1, 5: 2})])
t('iter sentinel', lambda: list(iter([3, 2, 1, 0, 5].pop, 0)))
t('next default', lambda: [next(iter(''), 'x'), next(iter('a'))])
t('print', lambda: print('a', 1, None, [2], sep='|', end='$\n'))
t('print file none', lambda: print('to stdout', file=None))
t('print sep none', lambda: print('x', 'y', sep=None))
t('format', lambda: [format(3.14159, '.2f'), format(42, '08b'), format('x', '>3'), format(1234567, ','), format(0.5, '%'), format(-0.0, 'z.1f'), format(10**20, 'e')])
t('ascii', lambda: ascii({'é': b'\xe9'}))
t('repr float', lambda: [0.1 + 0.2, 1/3, 2/3, 1e22, 1e-7, 123456789.0, 1.0e15, 1e16, -0.0, 5e-324, 2.0**62])
t('int str', lambda: [int('-0'), int('+00'), int('0_0'), str(-0), int(' \t42\n'), int('42', base=0), int('0X1F', 16), int('0b_1', 0)])
t('bin/oct/hex', lambda: [bin(10), oct(-10), hex(255), hex(-0), bin(2**65)])
t('chr ord roundtrip', lambda: all(ord(chr(i)) == i for i in list(range(0, 0xd800, 97)) + list(range(0xe000, 0x11000, 97))))
