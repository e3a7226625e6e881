"""Compare weft's lib/argparse.py with CPython's argparse (help text, usage, parsing, errors).
Run: python3 lib/_check/argparse_check.py"""
import argparse as ca
import contextlib
import io
import os
import sys
os.environ['COLUMNS'] = '80'
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wa = load('argparse', spec_name='argparse')
C = Checker('argparse')


def capture(f):
    out, err = io.StringIO(), io.StringIO()
    code = None
    res = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            res = f()
        except SystemExit as e:
            code = ('exit', e.code)
        except Exception as e:
            code = ('exc', type(e).__name__, str(e))
    return (repr(res), code, out.getvalue(), err.getvalue())


def build1(A):
    p = A.ArgumentParser(prog='prog', description='A test program that does things and has a long description which wraps across lines.', epilog='Bye.')
    p.add_argument('files', nargs='+', help='input files')
    p.add_argument('-n', '--num', type=int, default=3, help='how many (default: %(default)s)')
    p.add_argument('--mode', choices=['a', 'b'], help='mode to use, one of %(choices)s')
    p.add_argument('-v', '--verbose', action='count', default=0)
    p.add_argument('--flag', action='store_true', help='a flag')
    p.add_argument('--off', action='store_false', dest='on')
    p.add_argument('--opt', nargs='?', const='C', metavar='X')
    p.add_argument('--list', nargs='*')
    p.add_argument('--two', nargs=2, type=float)
    p.add_argument('-a', '--append', action='append', help='repeatable ' * 12)
    p.add_argument('--version', action='version', version='%(prog)s 1.0')
    g = p.add_mutually_exclusive_group()
    g.add_argument('--yes', action='store_true')
    g.add_argument('--no', action='store_true')
    return p


def build2(A):
    p = A.ArgumentParser(prog='tool')
    sp = p.add_subparsers(dest='cmd', help='sub commands')
    a = sp.add_parser('run', help='run it')
    a.add_argument('target')
    a.add_argument('--fast', action='store_true')
    b = sp.add_parser('stop', help='stop it', aliases=['halt'])
    b.add_argument('-f', '--force', action='store_true')
    return p


def build3(A):
    p = A.ArgumentParser(prog='x', add_help=True)
    p.add_argument('src')
    p.add_argument('dst', nargs='?', default='out')
    p.add_argument('rest', nargs='*')
    p.add_argument('--level', type=int, choices=range(1, 4), required=True)
    p.add_argument('--name', metavar='NAME', dest='who', default='anon')
    p.add_argument('-q', action='store_const', const=42)
    p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument('--red', action='store_true')
    g.add_argument('--blue', action='store_true')
    return p


def build4(A):
    p = A.ArgumentParser(prog='a_program_with_a_really_quite_long_name_for_testing_usage_wrapping',
                         formatter_class=A.ArgumentDefaultsHelpFormatter)
    for i in range(8):
        p.add_argument('--option-number-%d' % i, default=i, help='option %d does stuff' % i)
    p.add_argument('positional_one')
    p.add_argument('positional_two', nargs='+')
    grp = p.add_argument_group('extra', 'Extra options for special cases.')
    grp.add_argument('--extra', help='extra')
    return p


def build5(A):
    p = A.ArgumentParser(prog='bo', usage='%(prog)s [options] thing')
    p.add_argument('--feature', action=A.BooleanOptionalAction, default=True, help='enable feature')
    p.add_argument('--ext', action='extend', nargs='+', type=int)
    p.add_argument('thing')
    return p


def build6(A):
    p = A.ArgumentParser(prog='raw', formatter_class=A.RawDescriptionHelpFormatter,
                         description='line one\n    indented line two\n\nparagraph')
    p.add_argument('--x', help='help with   lots   of    spaces\nand newline')
    p.add_argument('-1', dest='one', action='store_true')
    return p


builders = [build1, build2, build3, build4, build5, build6]
argvs = {
    build1: [[], ['a'], ['a', 'b', '-n', '5'], ['-n', 'x', 'a'], ['--mode', 'c', 'a'], ['a', '-vvv', '--flag'],
             ['a', '--opt'], ['a', '--opt', 'Z'], ['a', '--list'], ['a', '--list', '1', '2'], ['--two', '1', 'a'],
             ['--two', '1', '2', 'a'], ['a', '-a', 'x', '-ay', '--append=z'], ['--yes', '--no', 'a'], ['a', '--bogus'],
             ['--version'], ['-h'], ['a', '--nu', '7'], ['a', '--', '-n'], ['-n5', 'a'], ['-vvn', '4', 'a'], ['a', '--off'],
             ['a', '-n'], ['a', '--mo', 'b'], ['a', '--', '--', 'b']],
    build2: [[], ['run'], ['run', 't'], ['run', 't', '--fast'], ['stop', '-f'], ['halt'], ['bad'], ['-h'], ['run', '-h'],
             ['stop', 'extra']],
    build3: [[], ['s'], ['s', '--level', '2'], ['s', '--level', '5', '--red'], ['s', 'd', 'r1', 'r2', '--level', '1', '--blue'],
             ['--level', '3', '--red', 's', '-q', '--name', 'bob'], ['s', '--level', '1', '--red', '--blue'],
             ['s', '--pair', 'k', 'v', '--level', '1', '--red'], ['-h'], ['s', '--level', 'x', '--red']],
    build4: [['-h'], ['p1'], ['p1', 'p2', '--option-number-3', 'z']],
    build5: [['-h'], ['t'], ['t', '--no-feature'], ['t', '--ext', '1', '2', '--ext', '3'], [], ['t', '--ext', 'q']],
    build6: [['-h'], ['-1'], ['--x', 'y']],
}
for b in builders:
    C.same('%s help' % b.__name__, capture(lambda: b(wa).format_help()), capture(lambda: b(ca).format_help()))
    C.same('%s usage' % b.__name__, capture(lambda: b(wa).format_usage()), capture(lambda: b(ca).format_usage()))
    for argv in argvs[b]:
        C.same('%s %r' % (b.__name__, argv), capture(lambda: b(wa).parse_args(argv)), capture(lambda: b(ca).parse_args(argv)))
        C.same('%s known %r' % (b.__name__, argv), capture(lambda: b(wa).parse_known_args(argv)), capture(lambda: b(ca).parse_known_args(argv)))

# parsers built by the test itself
errs = [
    lambda A: A.ArgumentParser().add_argument('-x', nargs=0),
    lambda A: A.ArgumentParser().add_argument('x', required=True),
    lambda A: A.ArgumentParser().add_argument('x', dest='y'),
    lambda A: A.ArgumentParser().add_argument('--x', action='nope'),
    lambda A: A.ArgumentParser().add_argument('x', type=5),
    lambda A: [p for p in [A.ArgumentParser()] if p.add_argument('-f') and p.add_argument('-f')],
    lambda A: A.ArgumentParser().add_argument('--', dest=None),
    lambda A: A.ArgumentParser(prog='p').parse_args(['-x']),
    lambda A: repr(A.Namespace(b=1, a=2, **{'not id': 3})),
    lambda A: A.Namespace(a=1) == A.Namespace(a=1),
    lambda A: 'a' in A.Namespace(a=1),
    lambda A: repr(A.ArgumentParser(prog='p')),
    lambda A: A.ArgumentParser(prog='p', allow_abbrev=False).parse_args(['--fo'], ),
    lambda A: A.ArgumentParser(prog='neg').parse_args(['-1']),
]
for i, f in enumerate(errs):
    C.same('err %d' % i, capture(lambda: f(wa)), capture(lambda: f(ca)))


def neg(A):
    p = A.ArgumentParser(prog='neg')
    p.add_argument('-x', type=float)
    p.add_argument('n', type=int, nargs='?')
    return p


for argv in (['-1'], ['-x', '-2.5'], ['-x', '-1', '-3'], ['-x']):
    C.same('neg %r' % argv, capture(lambda: neg(wa).parse_args(argv)), capture(lambda: neg(ca).parse_args(argv)))


def amb(A):
    p = A.ArgumentParser(prog='amb')
    p.add_argument('--foo')
    p.add_argument('--foobar')
    p.add_argument('--baz', type=A.FileType('r'))
    return p


for argv in (['--fo', '1'], ['--foo', '1'], ['--foob', '2'], ['--baz', '/nonexistent/x']):
    C.same('amb %r' % argv, capture(lambda: amb(wa).parse_args(argv)), capture(lambda: amb(ca).parse_args(argv)))
ok = C.done()
sys.exit(0 if ok else 1)
