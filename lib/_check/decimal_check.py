"""Compare weft's lib/decimal.py with CPython's decimal on the common operations.
Run: python3 lib/_check/decimal_check.py"""
import decimal as cdm
sys_ = __import__("sys")
sys_.set_int_max_str_digits(0)
import math
import os
import random
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wdm = load('decimal', spec_name='decimal')
C = Checker('decimal')


def norm(v):
    if isinstance(v, (wdm.Decimal, cdm.Decimal)):
        return 'D:' + str(v)
    if isinstance(v, tuple):
        return tuple(norm(x) for x in v)
    return v


def call(label, fw, fc):
    def run(f, mod):
        try:
            return ('ok', norm(f()))
        except Exception as e:
            return ('exc', type(e).__name__, str(e).replace("'decimal.Decimal'", "'Decimal'"))
    C.same(label, run(fw, wdm), run(fc, cdm))


rng = random.Random(12)
strings = ['0', '-0', '1', '-1', '0.1', '1.10', '123.456', '-7', '2', '3', '1E+3', '1e-7', '12345678901234567890123456789',
           '0.000001', '1e-8', '9.999999999999999999999999999', 'Infinity', '-Inf', 'NaN', '1_000.5', ' 3.14 ', 'abc', '1e',
           '.5', '5.', '-.5e-3', '+12', '0E+5', '100', '2.5', '3.5', '-2.5', '7.000', '1e99', '-1e-99']
for _ in range(150):
    s = '%s%d' % (rng.choice(['', '-']), rng.randrange(10 ** rng.randrange(1, 40)))
    e = rng.randrange(-40, 40)
    strings.append('%sE%d' % (s, e))
    strings.append(s[:max(1, len(s) - 3)] + '.' + s[max(1, len(s) - 3):] if len(s) > 2 else s)

for s in strings:
    call('ctor %r' % s, lambda: wdm.Decimal(s), lambda: cdm.Decimal(s))
    call('repr %r' % s, lambda: repr(wdm.Decimal(s)), lambda: repr(cdm.Decimal(s)))
    call('eng %r' % s, lambda: wdm.Decimal(s).to_eng_string(), lambda: cdm.Decimal(s).to_eng_string())
    call('tuple %r' % s, lambda: tuple(wdm.Decimal(s).as_tuple()), lambda: tuple(cdm.Decimal(s).as_tuple()))
    unary = [('float', float), ('int', int), ('round', round), ('bool', bool), ('abs', abs), ('neg', lambda x: -x),
             ('pos', lambda x: +x), ('floor', math.floor), ('ceil', math.ceil), ('sqrt', lambda x: x.sqrt()),
             ('normalize', lambda x: x.normalize()), ('adjusted', lambda x: x.adjusted()),
             ('ratio', lambda x: x.as_integer_ratio()), ('to_integral', lambda x: x.to_integral_value()),
             ('round2', lambda x: round(x, 2)), ('q0.01', lambda x: x.quantize(type(x)('0.01'))),
             ('q1e3', lambda x: x.quantize(type(x)('1e3'))), ('is_nan', lambda x: x.is_nan()),
             ('is_zero', lambda x: x.is_zero()), ('is_signed', lambda x: x.is_signed()),
             ('f.3f', lambda x: format(x, '.3f')), ('f,.2f', lambda x: format(x, ',.2f')), ('f', lambda x: format(x, '')),
             ('f>12', lambda x: format(x, '>12')), ('f.2e', lambda x: format(x, '.2e')), ('f%', lambda x: format(x, '%')),
             ('f.4g', lambda x: format(x, '.4g')), ('hash', lambda x: hash(x) if not x.is_nan() else 0),
             ('exp', lambda x: x.exp() if abs(x) < 100 else 0), ('ln', lambda x: x.ln() if x > 0 else 0),
             ('log10', lambda x: x.log10() if x > 0 else 0)]
    for fname, f in unary:
        call('unary %s %r' % (fname, s), lambda: f(wdm.Decimal(s)), lambda: f(cdm.Decimal(s)))
for i in range(1500):
    a = rng.choice(strings)
    b = rng.choice(strings + ['2', '3', '7', '-3', '0'])
    for opname, op in (('+', lambda x, y: x + y), ('-', lambda x, y: x - y), ('*', lambda x, y: x * y),
                       ('/', lambda x, y: x / y), ('//', lambda x, y: x // y), ('%', lambda x, y: x % y),
                       ('divmod', divmod), ('<', lambda x, y: x < y), ('==', lambda x, y: x == y),
                       ('cmp', lambda x, y: x.compare(y)), ('max', lambda x, y: x.max(y)),
                       ('q', lambda x, y: x.quantize(y)), ('**', lambda x, y: x ** y if abs(y) < 50 and abs(x) < 1e6 else 0)):
        call('%r %s %r' % (a, opname, b), lambda: op(wdm.Decimal(a), wdm.Decimal(b)), lambda: op(cdm.Decimal(a), cdm.Decimal(b)))
    n = rng.randrange(-100, 100)
    call('%r + int %d' % (a, n), lambda: wdm.Decimal(a) + n, lambda: cdm.Decimal(a) + n)
    call('int %d * %r' % (n, a), lambda: n * wdm.Decimal(a), lambda: n * cdm.Decimal(a))
    call('%r < int' % a, lambda: wdm.Decimal(a) < n, lambda: cdm.Decimal(a) < n)

for f in [0.1, -2.5, 1e300, 5e-324, float('inf'), float('nan'), -0.0, 123456.789]:
    call('from_float %r' % f, lambda: wdm.Decimal.from_float(f), lambda: cdm.Decimal.from_float(f))
    call('Decimal(float) %r' % f, lambda: wdm.Decimal(f), lambda: cdm.Decimal(f))
    call('cmp float %r' % f, lambda: (wdm.Decimal('0.1') < f, wdm.Decimal('0.1') == f), lambda: (cdm.Decimal('0.1') < f, cdm.Decimal('0.1') == f))
call('float add', lambda: wdm.Decimal(1) + 1.5, lambda: cdm.Decimal(1) + 1.5)
call('tuple ctor', lambda: wdm.Decimal((1, (1, 2, 3), -2)), lambda: cdm.Decimal((1, (1, 2, 3), -2)))
call('hash eq', lambda: (hash(wdm.Decimal('1.5')) == hash(1.5), hash(wdm.Decimal(7)) == hash(7), hash(wdm.Decimal('0.1'))),
     lambda: (hash(cdm.Decimal('1.5')) == hash(1.5), hash(cdm.Decimal(7)) == hash(7), hash(cdm.Decimal('0.1'))))
from fractions import Fraction
call('fraction cmp', lambda: (wdm.Decimal('0.5') == Fraction(1, 2), wdm.Decimal('0.5') < Fraction(2, 3)),
     lambda: (cdm.Decimal('0.5') == Fraction(1, 2), cdm.Decimal('0.5') < Fraction(2, 3)))
call('pow mod', lambda: pow(wdm.Decimal(-3), 5, 7), lambda: pow(cdm.Decimal(-3), 5, 7))

# contexts
for prec in (1, 3, 6, 10, 50):
    for rounding in ('ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP'):
        def calc(mod):
            with mod.localcontext() as ctx:
                ctx.prec = prec
                ctx.rounding = getattr(mod, rounding)
                out = []
                for a, b in (('1', '7'), ('-2', '3'), ('123456789', '1'), ('2.5', '1'), ('-2.5', '1'), ('0.125', '1'), ('1', '3')):
                    x, y = mod.Decimal(a), mod.Decimal(b)
                    out.append(norm((x / y, x * y + 0, x + mod.Decimal('1e-30'), (x * 10).sqrt() if x > 0 else 0)))
                out.append(norm(mod.Decimal('2').sqrt()))
                out.append(norm(+mod.Decimal('-0.00012345678901234')))
                out.append(sorted(k.__name__ for k, v in ctx.flags.items() if v))
                return out
        call('ctx %d %s' % (prec, rounding), lambda: calc(wdm), lambda: calc(cdm))
call('getcontext repr', lambda: repr(wdm.Context()), lambda: repr(cdm.Context()))
call('ctx ops', lambda: (wdm.Context(prec=5).divide(1, 7), wdm.Context(prec=3).add(wdm.Decimal('1.2345'), 1)),
     lambda: (cdm.Context(prec=5).divide(1, 7), cdm.Context(prec=3).add(cdm.Decimal('1.2345'), 1)))
call('create_decimal', lambda: wdm.Context(prec=4).create_decimal('3.14159265'), lambda: cdm.Context(prec=4).create_decimal('3.14159265'))
call('traps off', lambda: (lambda c: (c.divide(wdm.Decimal(1), 0), c.divide(0, 0)))(wdm.Context(traps=[])),
     lambda: (lambda c: (c.divide(cdm.Decimal(1), 0), c.divide(0, 0)))(cdm.Context(traps=[])))
big = '1e999998'
call('big cmp', lambda: (wdm.Decimal(big) > 1, wdm.Decimal(big) * 10, wdm.Decimal(big).ln(), wdm.Decimal(big).sqrt()),
     lambda: (cdm.Decimal(big) > 1, cdm.Decimal(big) * 10, cdm.Decimal(big).ln(), cdm.Decimal(big).sqrt()))
ok = C.done()
sys.exit(0 if ok else 1)
