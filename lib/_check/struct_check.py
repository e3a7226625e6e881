"""Compare lib/struct.py with CPython's struct."""
import sys, os, random, math
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report
import struct as C
W = load('struct')
rnd = random.Random(11)

def norm(x):
    # compare errors by class name only through message (struct.error vs weft struct.error)
    return repr(x)

fmts = ['b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', '?', 'e', 'f', 'd', 'c', 's', '5s', '0s', 'p', '3p', '0p', 'x', '3x']
prefixes = ['', '@', '=', '<', '>', '!']
intvals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536, 2**31 - 1, 2**31, -2**31 - 1, 2**32 - 1, 2**32,
           2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, 2**70, -2**70, True, 1.5, 'x', None]
floatvals = [0.0, -0.0, 1.0, -1.5, 1 / 3, 1e-310, 5e-324, 1e-45, 1e-40, 6e-8, 6.1e-5, 65504.0, 65519.0, 65520.0, 3.4028235e38, 3.5e38, 1e300,
             float('inf'), -float('inf'), float('nan'), 2, 10**400, '1', 1e-8, 2.0**-24, 2.0**-25, 2.0**-25 * 1.0000001, 1.00048828125, 1.000244140625]
for p in prefixes:
    for f in fmts:
        fmt = p + f
        both('calcsize %r' % fmt, lambda m: m.calcsize(fmt), W, C)
        vals = intvals if f in 'bBhHiIlLqQnNP?' else floatvals if f in 'efd' else [b'a', b'', b'abcdefgh', bytearray(b'xy'), 'a', 1, b'\xff' * 300]
        for v in vals:
            def pk(m, fmt=fmt, v=v):
                args = () if 'x' in fmt else (v,)
                r = m.pack(fmt, *args)
                return r, m.unpack(fmt, r)
            both('pack %r %r' % (fmt, v), pk, W, C, norm=lambda r: repr(r).replace('nan', 'NAN'))
for _ in range(3000):
    n = rnd.randrange(1, 6)
    codes = [rnd.choice('bBhHiIlLqQ?efdcs') for _ in range(n)]
    p = rnd.choice(prefixes)
    fmt = p + ' '.join((str(rnd.randrange(0, 4)) if rnd.random() < 0.3 else '') + c for c in codes)
    try:
        size = C.calcsize(fmt)
    except Exception:
        continue
    data = bytes(rnd.randrange(256) for _ in range(size))
    both('unpack %r %r' % (fmt, data), lambda m: m.unpack(fmt, data), W, C, norm=lambda r: repr(r).replace('nan', 'NAN'))
    def rt(m):
        vals = C.unpack(fmt, data)
        vals = tuple(0.0 if isinstance(x, float) and (x != x) else x for x in vals)
        return m.pack(fmt, *vals)
    both('repack %r %r' % (fmt, data), rt, W, C)
for bad in ['z', '3', 'i 3', '<P', '<n', '=N', 'ii3', '2 i', '@<i', b'<i', '  i  ', '']:
    both('calcsize bad %r' % (bad,), lambda m: m.calcsize(bad), W, C)
both('pack count', lambda m: m.pack('bb', 1), W, C)
both('pack count2', lambda m: m.pack('b', 1, 2), W, C)
both('unpack size', lambda m: m.unpack('i', b'abc'), W, C)
both('iter_unpack', lambda m: list(m.iter_unpack('<hh', b'abcdefgh')), W, C)
both('iter_unpack bad', lambda m: list(m.iter_unpack('i', b'abcde')), W, C)
both('iter_unpack zero', lambda m: m.iter_unpack('', b''), W, C)
for off in [-5, -4, -1, 0, 1, 3, 4]:
    both('unpack_from %d' % off, lambda m: m.unpack_from('<h', b'abcd', off), W, C)
    def pi(m):
        b = bytearray(6)
        m.pack_into('<i', b, off, 0x01020304)
        return b
    both('pack_into %d' % off, pi, W, C)
both('unpack_from kw', lambda m: m.unpack_from('<h', buffer=b'abcd', offset=2), W, C)
def st(m):
    s = m.Struct('<hi')
    return s.size, s.format, s.pack(1, 2), s.unpack(b'\x01\x00\x02\x00\x00\x00'), m.Struct(b'>q').format
both('Struct', st, W, C)
class I:
    def __index__(self): return 7
both('index obj', lambda m: m.pack('i', I()), W, C)
both('bool pack', lambda m: m.pack('??', [], 'x'), W, C)
both('memoryview', lambda m: m.unpack('<i', memoryview(b'\x01\x00\x00\x00')), W, C)
both('str buffer', lambda m: m.unpack('<i', 'abcd'), W, C)
sys.exit(report() and 1)
