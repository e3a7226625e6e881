"""Compare weft's lib/statistics.py and lib/fractions.py with CPython's. Run: python3 lib/_check/statistics_check.py"""
import fractions as cf
import math
import os
import random
import statistics as cs
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wf = load('fractions')
# statistics does "from fractions import Fraction": give it weft's under the real name while loading
_saved = sys.modules['fractions']
sys.modules['fractions'] = wf
ws = load('statistics')
sys.modules['fractions'] = _saved
C = Checker('statistics+fractions')


def norm(v):
    # compare weft Fractions with CPython Fractions by value and repr
    if isinstance(v, (wf.Fraction, cf.Fraction)):
        return ('Fraction', v.numerator, v.denominator)
    if isinstance(v, (list, tuple)):
        return type(v).__name__, [norm(x) for x in v]
    return v


def call(label, fw, fc):
    def run(f):
        try:
            return ('ok', norm(f()))
        except Exception as e:
            return ('exc', type(e).__name__, str(e))
    C.same(label, run(fw), run(fc))


rng = random.Random(7)
datasets = [[1], [1, 2], [1, 2, 3], [1, 2, 3, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [1, 3, 5, 7, 9, 11],
            [0.1] * 10, [1e300, 1e300, -1e300], [3, 3, 4, 4, 4, 5, 5, 5], [True, False, True], [-1, 0, 1],
            [1, 2.5], [], [float('nan'), 1.0], [float('inf'), 1.0], [1, 'a'], ['a', 'b', 'a'],
            [10**20 + 1, 10**20 + 3], [1.5, 2, 3], [0.3, 0.1, 0.2], [1e-300, 2e-300, 3e-300]]
for i in range(150):
    k = rng.randrange(1, 40)
    kind = rng.randrange(4)
    if kind == 0:
        datasets.append([rng.randint(-1000, 1000) for _ in range(k)])
    elif kind == 1:
        datasets.append([rng.uniform(-1e6, 1e6) for _ in range(k)])
    elif kind == 2:
        datasets.append([rng.random() * 10 ** rng.randint(-20, 20) for _ in range(k)])
    else:
        datasets.append([rng.choice([1, 2, 2.5, 3, 0.1, 7]) for _ in range(k)])

funcs = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high',
         'median_grouped', 'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev']
for d in datasets:
    for f in funcs:
        call('%s(%r)' % (f, d), lambda: getattr(ws, f)(list(d)), lambda: getattr(cs, f)(list(d)))
        call('%s(iter %r)' % (f, d), lambda: getattr(ws, f)(iter(d)), lambda: getattr(cs, f)(iter(d)))
    for n in (1, 2, 4, 10):
        for m in ('exclusive', 'inclusive'):
            call('quantiles(%r, %d, %s)' % (d, n, m), lambda: ws.quantiles(d, n=n, method=m), lambda: cs.quantiles(d, n=n, method=m))
    if d and all(isinstance(x, (int, float)) for x in d):
        xb = sum(d) / len(d)
        call('variance xbar %r' % d, lambda: ws.variance(d, xb), lambda: cs.variance(d, xb))
        call('pstdev mu %r' % d, lambda: ws.pstdev(d, xb), lambda: cs.pstdev(d, xb))
        call('median_grouped interval %r' % d, lambda: ws.median_grouped(d, 2.5), lambda: cs.median_grouped(d, 2.5))
        w = [abs(x) % 5 + 1 for x in d]
        call('fmean weights %r' % d, lambda: ws.fmean(d, w), lambda: cs.fmean(d, w))
        call('harmonic weights %r' % d, lambda: ws.harmonic_mean(d, w), lambda: cs.harmonic_mean(d, w))
        y = [x * 2 + rng.random() for x in d]
        for f in ('covariance', 'correlation', 'linear_regression'):
            call('%s %r' % (f, d), lambda: getattr(ws, f)(d, y), lambda: getattr(cs, f)(d, y))
        call('linreg prop %r' % d, lambda: ws.linear_regression(d, y, proportional=True), lambda: cs.linear_regression(d, y, proportional=True))

call('quantiles bad method', lambda: ws.quantiles([1, 2], method='x'), lambda: cs.quantiles([1, 2], method='x'))
call('fmean len', lambda: ws.fmean([1, 2], [1]), lambda: cs.fmean([1, 2], [1]))
call('fmean zero w', lambda: ws.fmean([1, 2], [0, 0]), lambda: cs.fmean([1, 2], [0, 0]))
call('harmonic neg', lambda: ws.harmonic_mean([1, -1]), lambda: cs.harmonic_mean([1, -1]))
call('harmonic zero', lambda: ws.harmonic_mean([1, 0]), lambda: cs.harmonic_mean([1, 0]))
call('harmonic str', lambda: ws.harmonic_mean(['a']), lambda: cs.harmonic_mean(['a']))
C.same('StatisticsError base', issubclass(ws.StatisticsError, ValueError), True)
call('linreg repr', lambda: repr(ws.linear_regression([1, 2, 3], [2, 4, 7])), lambda: repr(cs.linear_regression([1, 2, 3], [2, 4, 7])))
for a, b in [(0, 1), (1.5, 2.0)]:
    nd_w = ws.NormalDist(a, b); nd_c = cs.NormalDist(a, b)
    C.same('NormalDist', [repr(nd_w), nd_w.pdf(0.3), nd_w.cdf(0.7), repr(nd_w + 1), nd_w.variance],
           [repr(nd_c), nd_c.pdf(0.3), nd_c.cdf(0.7), repr(nd_c + 1), nd_c.variance])
C.same('NormalDist.from_samples', repr(ws.NormalDist.from_samples([1, 2, 3, 4.5])), repr(cs.NormalDist.from_samples([1, 2, 3, 4.5])))

# --- fractions
F, G = wf.Fraction, cf.Fraction
ctor_args = [(0,), (5,), (-7,), (3, 4), (6, -8), (-6, -8), (0, 5), (1, 0), ('3/4',), (' -3/4 ',), ('1.25',), ('-.5',),
             ('1e3',), ('1.5e-3',), ('1_000',), ('1__0',), ('abc',), ('',), ('3/',), ('/4',), ('3 / 4',), ('1.',),
             ('.',), ('1e',), ('+7',), ('2/0',), (0.1,), (-2.5,), (1e300,), (float('inf'),), (float('nan'),),
             (1.5, 2), ('1', 2), (None,), ([],), (True,), (10**30, 3 * 10**29)]
for a in ctor_args:
    call('Fraction%r' % (a,), lambda: F(*a), lambda: G(*a))
    call('repr str Fraction%r' % (a,), lambda: (repr(F(*a)), str(F(*a))), lambda: (repr(G(*a)), str(G(*a))))

vals_w = [F(1, 3), F(-5, 7), F(0), F(4), F(22, 7)]
vals_c = [G(1, 3), G(-5, 7), G(0), G(4), G(22, 7)]
others = [2, -3, 0, 1.5, 0.0, -0.25, True, 2j, float('inf'), float('nan'), 'x']
import operator as op
ops = [op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, divmod, pow, op.eq, op.ne, op.lt, op.le, op.gt, op.ge]
for fw, fc in zip(vals_w, vals_c):
    for o in others:
        for f in ops:
            call('%s(%r, %r)' % (f.__name__, fc, o), lambda: f(fw, o), lambda: f(fc, o))
            call('%s(%r, %r)' % (f.__name__, o, fc), lambda: f(o, fw), lambda: f(o, fc))
    for fw2, fc2 in zip(vals_w, vals_c):
        for f in ops:
            call('%s(%r, %r)' % (f.__name__, fc, fc2), lambda: f(fw, fw2), lambda: f(fc, fc2))
    for f in (abs, op.neg, op.pos, int, float, math.floor, math.ceil, math.trunc, round, bool, hash, complex,
              lambda x: round(x, 2), lambda x: round(x, -1), lambda x: x.limit_denominator(10),
              lambda x: x.as_integer_ratio(), lambda x: (x.numerator, x.denominator)):
        call('unary %r' % fc, lambda: f(fw), lambda: f(fc))
for x in [math.pi, 0.1, 1 / 3, -2.718281828, 1e-10, 123456.789]:
    for md in (1, 7, 100, 1000, 10**6, 0):
        call('limit_denominator %r %d' % (x, md), lambda: F(x).limit_denominator(md), lambda: G(x).limit_denominator(md))
    call('from_float', lambda: F.from_float(x), lambda: G.from_float(x))
    call('hash', lambda: hash(F(x)), lambda: hash(G(x)))
call('from_float bad', lambda: F.from_float('x'), lambda: G.from_float('x'))
for x in [F(5, 2), F(7, 2), F(-5, 2), F(1, 3), F(2, 3)]:
    C.same('round half even %r' % x, round(x), round(G(x.numerator, x.denominator)))
C.same('hash eq', [hash(F(3)), hash(F(1, 2)), hash(F(-1, 2)), hash(F(1, 3))], [hash(3), hash(0.5), hash(-0.5), hash(G(1, 3))])
C.same('sort', [str(v) for v in sorted([F(1, 3), 0.25, 1, F(-1, 2)])], [str(v) for v in sorted([G(1, 3), 0.25, 1, G(-1, 2)])])
ok = C.done()
sys.exit(0 if ok else 1)
