"""Check weft's lib/timeit.py against CPython's timeit with a fake, deterministic timer.
Run: python3 lib/_check/timeit_check.py"""
import contextlib
import io
import os
import sys
import timeit as ct
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wt = load('timeit')
C = Checker('timeit')


def fake_timer_factory(step):
    def wrap(_real):
        state = [0.0]

        def timer():
            state[0] += step
            return state[0]
        return timer
    return wrap


def run_main(mod, args, step):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = mod.main(args, _wrap_timer=fake_timer_factory(step))
        except SystemExit as e:
            rc = ('exit', e.code)
    return rc, out.getvalue(), err.getvalue()


for args in (['pass'], ['-n', '10', 'x = 1'], ['-n10', '-r3', 'pass'], ['-v', 'pass'], ['-vv', '-n', '5', 'pass'],
             ['-u', 'msec', '-n', '100', 'pass'], ['-u', 'xsec', 'pass'], ['-s', 'import math', 'math.sqrt(2)'],
             ['--number=7', '--repeat', '2', 'pass'], ['-q'], ['--bogus'], ['-n'], ['--verbose=1'], ['-p', '-n', '3', 'pass'],
             ['--', '-1']):
    for step in (0.25, 3.0, 0.999):
        C.same('main %r %r' % (args, step), run_main(wt, args, step), run_main(ct, args, step))
C.same('help starts', run_main(wt, ['-h'], 1)[0], 0)


def counter():
    n = [0]

    def t():
        n[0] += 1
        return float(n[0])
    return t


C.same('Timer.timeit', wt.Timer('x=1', timer=counter()).timeit(10), ct.Timer('x=1', timer=counter()).timeit(10))
C.same('Timer.repeat', wt.Timer('x=1', timer=counter()).repeat(3, 10), ct.Timer('x=1', timer=counter()).repeat(3, 10))
C.same('autorange', wt.Timer(timer=counter()).autorange(), ct.Timer(timer=counter()).autorange())
calls = []
C.same('callable stmt', wt.timeit(lambda: calls.append(1), number=5, timer=counter()) and len(calls), 5)
C.same('globals', wt.timeit('y + 1', globals={'y': 1}, number=3, timer=counter()), 1.0)
for bad in ((1, 'pass'), ('pass', 1), ('x = ', 'pass'), ('pass', 'if')):
    def mk(mod):
        return lambda: mod.Timer(*bad)
    C.call('bad %r' % (bad,), lambda: mk(wt)() and None, lambda: mk(ct)() and None)
real = wt.timeit('sum(range(10))', number=100)
C.same('real timing positive', real > 0, True)
ok = C.done()
sys.exit(0 if ok else 1)
