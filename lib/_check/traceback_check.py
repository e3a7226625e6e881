"""Compare lib/traceback.py (and lib/linecache.py) output with CPython's traceback."""
import os, sys, io
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'data'))
import traceback
import linecache
import weftlib

saved = sys.modules['linecache']
wlc = weftlib.install('linecache')
wtb = weftlib.load('traceback')
sys.modules['linecache'] = saved
assert wtb.linecache is wlc

import tb_cases
bad = 0
total = 0


def cmp(label, a, b):
    global bad, total
    total += 1
    if a != b:
        bad += 1
        print('DIFF', label)
        import difflib
        for line in difflib.unified_diff(''.join(a).splitlines(), ''.join(b).splitlines(), 'cpython', 'weft', lineterm=''):
            print('   ', line)


def run(fn):
    try:
        fn()
    except BaseException as e:
        return e
    raise AssertionError(fn)


for fn in tb_cases.CASES:
    e = run(fn)
    name = fn.__name__
    cmp(name, traceback.format_exception(e), wtb.format_exception(e))
    cmp(name + ' chain=False', traceback.format_exception(e, chain=False), wtb.format_exception(e, chain=False))
    cmp(name + ' old-style', traceback.format_exception(type(e), e, e.__traceback__), wtb.format_exception(type(e), e, e.__traceback__))
    for lim in (1, 2, -1, -2, 0):
        cmp(name + ' limit %d' % lim, traceback.format_exception(e, limit=lim), wtb.format_exception(e, limit=lim))
    cmp(name + ' only', traceback.format_exception_only(e), wtb.format_exception_only(e))
    cmp(name + ' only2', traceback.format_exception_only(type(e), e), wtb.format_exception_only(type(e), e))
    cmp(name + ' format_tb', traceback.format_tb(e.__traceback__), wtb.format_tb(e.__traceback__))
    a = traceback.extract_tb(e.__traceback__)
    b = wtb.extract_tb(e.__traceback__)
    cmp(name + ' extract_tb', [tuple(x) for x in a] + [repr(x) for x in a], [tuple(x) for x in b] + [repr(x) for x in b])
    cmp(name + ' TE', list(traceback.TracebackException.from_exception(e, capture_locals=True).format()),
        list(wtb.TracebackException.from_exception(e, capture_locals=True).format()))
    cmp(name + ' TE compact', list(traceback.TracebackException.from_exception(e, compact=True, max_group_width=2, max_group_depth=1).format()),
        list(wtb.TracebackException.from_exception(e, compact=True, max_group_width=2, max_group_depth=1).format()))
    # print_exc / format_exc inside handler
    try:
        raise e
    except BaseException:
        fa, fb = io.StringIO(), io.StringIO()
        traceback.print_exc(file=fa)
        wtb.print_exc(file=fb)
        cmp(name + ' print_exc', fa.getvalue(), fb.getvalue())
        cmp(name + ' format_exc', traceback.format_exc(), wtb.format_exc())

cmp('format_exc none', traceback.format_exc(), wtb.format_exc())
cmp('format_exception None', traceback.format_exception(None), wtb.format_exception(None))
cmp('only None', traceback.format_exception_only(None), wtb.format_exception_only(None))
for args in [(ValueError('x'), None), (1,)]:
    try:
        ra = traceback.format_exception(*args)
    except Exception as x:
        ra = repr(x)
    try:
        rb = wtb.format_exception(*args)
    except Exception as x:
        rb = repr(x)
    cmp('bad args %r' % (args,), ra, rb)


def stack_a():
    return stack_b()


def stack_b():
    return (traceback.format_stack(), wtb.format_stack(), traceback.format_stack(limit=1), wtb.format_stack(limit=1),
            [tuple(f) for f in traceback.extract_stack(limit=-2)], [tuple(f) for f in wtb.extract_stack(limit=-2)])


r = stack_a()
cmp('format_stack', r[0], r[1])
cmp('format_stack limit', r[2], r[3])
cmp('extract_stack', r[4], r[5])
fa, fb = io.StringIO(), io.StringIO()
traceback.print_stack(file=fa); wtb.print_stack(file=fb)
cmp('print_stack', fa.getvalue(), fb.getvalue())
lst = [('f.py', 3, 'fn', 'x = 1'), ('g.py', 4, 'gn', None)]
cmp('format_list', traceback.format_list(lst), wtb.format_list(lst))
fs1 = traceback.FrameSummary('a.py', 1, 'f', line='x')
fs2 = wtb.FrameSummary('a.py', 1, 'f', line='x')
cmp('FrameSummary', [repr(fs1), fs1 == ('a.py', 1, 'f', 'x'), len(fs1), list(fs1), fs1[2]],
    [repr(fs2), fs2 == ('a.py', 1, 'f', 'x'), len(fs2), list(fs2), fs2[2]])
e = run(tb_cases.syntax2)
ta, tb = traceback.TracebackException.from_exception(e), wtb.TracebackException.from_exception(e)
cmp('TE syntax attrs', [ta.filename, ta.lineno, ta.end_lineno, ta.text, ta.offset, ta.end_offset, ta.msg, ta.exc_type, str(ta)],
    [tb.filename, tb.lineno, tb.end_lineno, tb.text, tb.offset, tb.end_offset, tb.msg, tb.exc_type, str(tb)])
# linecache
import linecache as clc
for f, n in [(tb_cases.__file__, 3), (tb_cases.__file__, 1000), ('nonexistent.py', 1), ('<string>', 1), (traceback.__file__, 10), ('json/__init__.py', 5)]:
    cmp('getline %s %d' % (f, n), clc.getline(f, n), wlc.getline(f, n))
cmp('getlines', clc.getlines(traceback.__file__), wlc.getlines(traceback.__file__))
print('traceback: %d of %d comparisons differ' % (bad, total))
