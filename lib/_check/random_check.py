"""Compare weft's lib/random.py with CPython's random: identical sequences. Run: python3 lib/_check/random_check.py"""
import os
import random as cr
import sys
import warnings
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wr = load('random')
C = Checker('random')
warnings.simplefilter('ignore')

seeds = [0, 1, 2, 42, -42, 12345, 2**32 - 1, 2**32, 2**64 + 7, 10**100, -(10**50), 'hello', '', 'é中文',
         b'bytes', bytearray(b'ba'), 3.5, -2.25, 1e300, True, False]
for s in seeds:
    a = wr.Random(s)
    b = cr.Random(s)
    C.same('state %r' % (s,), a.getstate(), b.getstate())
    C.same('random x2000 %r' % (s,), [a.random() for _ in range(2000)], [b.random() for _ in range(2000)])
    C.same('getrandbits %r' % (s,), [a.getrandbits(k) for k in list(range(0, 200)) * 3], [b.getrandbits(k) for k in list(range(0, 200)) * 3])
    C.same('randrange %r' % (s,), [a.randrange(n) for n in range(1, 1000)], [b.randrange(n) for n in range(1, 1000)])
    C.same('randrange3 %r' % (s,), [a.randrange(-50, 10**30, 7) for n in range(300)], [b.randrange(-50, 10**30, 7) for n in range(300)])
    C.same('randrange neg %r' % (s,), [a.randrange(100, -100, -3) for n in range(300)], [b.randrange(100, -100, -3) for n in range(300)])
    C.same('randint %r' % (s,), [a.randint(-5, 5) for n in range(500)], [b.randint(-5, 5) for n in range(500)])
    C.same('bigint %r' % (s,), [a.randint(0, 10**40) for n in range(100)], [b.randint(0, 10**40) for n in range(100)])
    seq = list(range(50))
    C.same('choice %r' % (s,), [a.choice(seq) for _ in range(300)], [b.choice(seq) for _ in range(300)])
    C.same('choice str %r' % (s,), [a.choice('abcdef') for _ in range(30)], [b.choice('abcdef') for _ in range(30)])
    l1 = list(range(100)); l2 = list(range(100))
    a.shuffle(l1); b.shuffle(l2)
    C.same('shuffle %r' % (s,), l1, l2)
    for k in (0, 1, 5, 6, 20, 50):
        C.same('sample %r %d' % (s, k), a.sample(seq, k), b.sample(seq, k))
    C.same('sample big %r' % (s,), a.sample(range(10**9), 30), b.sample(range(10**9), 30))
    C.same('sample counts %r' % (s,), a.sample(['r', 'g', 'b'], 10, counts=[5, 3, 4]), b.sample(['r', 'g', 'b'], 10, counts=[5, 3, 4]))
    C.same('choices %r' % (s,), a.choices(seq, k=40), b.choices(seq, k=40))
    C.same('choices w %r' % (s,), a.choices('abc', [1, 5, 2.5], k=40), b.choices('abc', [1, 5, 2.5], k=40))
    C.same('choices cw %r' % (s,), a.choices('abc', cum_weights=[1, 5, 10], k=40), b.choices('abc', cum_weights=[1, 5, 10], k=40))
    C.same('uniform %r' % (s,), [a.uniform(-3, 7) for _ in range(50)], [b.uniform(-3, 7) for _ in range(50)])
    C.same('triangular %r' % (s,), [a.triangular(), a.triangular(1, 5, 2), a.triangular(2, 2)], [b.triangular(), b.triangular(1, 5, 2), b.triangular(2, 2)])
    C.same('gauss %r' % (s,), [a.gauss(1, 2) for _ in range(51)], [b.gauss(1, 2) for _ in range(51)])
    C.same('normal %r' % (s,), [a.normalvariate() for _ in range(50)], [b.normalvariate() for _ in range(50)])
    C.same('lognorm %r' % (s,), [a.lognormvariate(0, 1) for _ in range(50)], [b.lognormvariate(0, 1) for _ in range(50)])
    C.same('expo %r' % (s,), [a.expovariate(1.5) for _ in range(50)], [b.expovariate(1.5) for _ in range(50)])
    C.same('vonmises %r' % (s,), [a.vonmisesvariate(1, k) for k in (0, 0.5, 4) * 10], [b.vonmisesvariate(1, k) for k in (0, 0.5, 4) * 10])
    C.same('gamma %r' % (s,), [a.gammavariate(al, 2) for al in (0.3, 1.0, 2.5) * 20], [b.gammavariate(al, 2) for al in (0.3, 1.0, 2.5) * 20])
    C.same('beta %r' % (s,), [a.betavariate(al, 3) for al in (0.3, 1.0, 2.5) * 20], [b.betavariate(al, 3) for al in (0.3, 1.0, 2.5) * 20])
    C.same('pareto %r' % (s,), [a.paretovariate(2) for _ in range(20)], [b.paretovariate(2) for _ in range(20)])
    C.same('weibull %r' % (s,), [a.weibullvariate(1, 2) for _ in range(20)], [b.weibullvariate(1, 2) for _ in range(20)])
    C.same('randbytes %r' % (s,), [a.randbytes(n) for n in range(20)], [b.randbytes(n) for n in range(20)])
    C.same('state after %r' % (s,), a.getstate(), b.getstate())

# setstate round trip, cross-compatible
b = cr.Random(99)
b.random(); b.gauss()
st = b.getstate()
a = wr.Random()
a.setstate(st)
C.same('setstate from cpython', [a.random() for _ in range(1000)], [b.random() for _ in range(1000)])
a2 = wr.Random(5); a2.random()
b2 = cr.Random(); b2.setstate(a2.getstate())
C.same('setstate to cpython', [a2.gauss() for _ in range(100)], [b2.gauss() for _ in range(100)])
import pickle
C.same('pickle', pickle.loads(pickle.dumps(a2)).random(), a2.random())

# module-level functions
wr.seed(2024); cr.seed(2024)
C.same('module', [wr.random(), wr.randint(1, 6), wr.choice('xyz'), wr.sample(range(10), 3), wr.gauss()],
       [cr.random(), cr.randint(1, 6), cr.choice('xyz'), cr.sample(range(10), 3), cr.gauss()])
wr.seed('abc', version=2); cr.seed('abc', version=2)
C.same('module str', wr.random(), cr.random())

# error messages
r1 = wr.Random(1); r2 = cr.Random(1)
errs = [('randrange', (0,)), ('randrange', (-3,)), ('randrange', (5, 0)), ('randrange', (0, 10, 0)), ('randrange', (0, 10, -1)),
        ('randrange', (1.5,)), ('randrange', (2.0,)), ('randrange', ('a',)), ('randrange', (0, 1.5)), ('randrange', (0, 10, 1.5)),
        ('randrange', (10, 0, -3)), ('randrange', (0, 10, 2.0)), ('randint', (1, 0)), ('choice', ([],)), ('sample', ({1, 2}, 1)),
        ('sample', ([1, 2], 3)), ('sample', ([1, 2], -1)), ('choices', ([1, 2], [1])), ('choices', ([1, 2], [0, 0])),
        ('choices', ([1, 2], [1, float('inf')])), ('choices', ([],)), ('getrandbits', (-1,)), ('seed', ([1],)),
        ('setstate', ((3, (1,) * 3, None),)), ('setstate', ((9, (1,) * 3, None),)), ('setstate', ((3, (1,) * 624 + (700,), None),)),
        ('gammavariate', (0, 1)), ('randbytes', (-1,)), ('shuffle', ('abc',))]
for name, args in errs:
    C.call('err %s %r' % (name, args), lambda: getattr(r1, name)(*args), lambda: getattr(r2, name)(*args))
C.call('sample counts err', lambda: r1.sample([1, 2], 1, counts=[1]), lambda: r2.sample([1, 2], 1, counts=[1]))
C.call('sample counts err2', lambda: r1.sample([1, 2], 1, counts=[0, 0]), lambda: r2.sample([1, 2], 1, counts=[0, 0]))
C.call('sample counts err3', lambda: r1.sample([1, 2], 1, counts=[1.0, 1]), lambda: r2.sample([1, 2], 1, counts=[1.0, 1]))
C.call('choices both', lambda: r1.choices([1, 2], [1, 1], cum_weights=[1, 2]), lambda: r2.choices([1, 2], [1, 1], cum_weights=[1, 2]))
C.call('randrange step no stop', lambda: r1.randrange(5, step=2), lambda: r2.randrange(5, step=2))
C.call('randrange step1 no stop', lambda: r1.randrange(5, step=1), lambda: r2.randrange(5, step=1))


# subclasses
def sub(mod):
    class R(mod.Random):
        def random(self):
            return 0.37
    return R()
C.same('subclass random only', [sub(wr).randrange(100) for _ in range(3)] + [sub(wr).choice('abcdefg')],
       [sub(cr).randrange(100) for _ in range(3)] + [sub(cr).choice('abcdefg')])
C.same('SystemRandom range', 0 <= wr.SystemRandom().random() < 1, True)
C.same('SystemRandom bits', wr.SystemRandom().getrandbits(7) < 128, True)
C.call('SystemRandom state', lambda: wr.SystemRandom().getstate(), lambda: cr.SystemRandom().getstate())
import hashlib
for d in [b'', b'abc', b'x' * 111, b'y' * 112, b'z' * 300]:
    C.same('sha512 fallback %d' % len(d), wr._sha512_py(d), hashlib.sha512(d).digest())
ok = C.done()
sys.exit(0 if ok else 1)
