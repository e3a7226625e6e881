# Tracebacks of errors raised in callbacks that C functions call in CPython (map,
# sorted keys, reduce, defaultdict factories, starmap, compiled-pattern sub), chained
# exceptions, syntax errors from exec/eval/compile, recursion, warnings, an uncaught
# ExceptionGroup.
import traceback, sys, warnings, functools, collections, itertools, operator, json, re
def show(f):
    try:
        f()
    except BaseException:
        traceback.print_exc()
        print('---', file=sys.stderr)
show(lambda: list(map(int, ['1', 'x'])))
show(lambda: sorted([1, 2], key=lambda x: 1 / 0))
show(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
show(lambda: collections.defaultdict(lambda: 1 / 0)['k'])
show(lambda: list(itertools.starmap(lambda a: a.x, [(1,)])))
show(lambda: re.compile('a').sub(lambda m: 1 / 0, 'a'))
show(lambda: re.compile('(a)').subn(lambda m: m.group(2), 'a'))
show(lambda: re.compile('a').match('a').group(3))
show(lambda: operator.attrgetter('x.y')(1))
show(lambda: collections.Counter('ab')['a'].foo)
show(lambda: dict.fromkeys([[]]))
show(lambda: max([1, 'a']))
show(lambda: [].sort(key=lambda x: x) or sorted([{}, {}]))
def g():
    yield 1
    raise KeyError('in gen')
show(lambda: list(g()))
def outer():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
show(outer)
def ctx():
    try:
        {}['x']
    except KeyError:
        raise TypeError('during')
show(ctx)
show(lambda: exec('def f(:\n  pass'))
show(lambda: eval('1 +'))
show(lambda: compile('x = (1,\n', 'm.py', 'exec'))
class R:
    def __repr__(self):
        raise RuntimeError('bad repr')
show(lambda: print(R()))
show(lambda: '%s' % R())
show(lambda: f'{R()!r}')
warnings.warn('careful', UserWarning)
warnings.warn('dep', DeprecationWarning)
def deep(n):
    return deep(n + 1)
show(lambda: deep(0))
raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
