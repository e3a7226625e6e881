"""Compare lib/string.py with CPython's string."""
import sys, os, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report
import string as C
W = load('string')
for n in C.__all__:
    if n not in ('Formatter', 'Template', 'capwords'):
        both('const ' + n, lambda m: getattr(m, n), W, C)
both('__all__', lambda m: sorted(m.__all__), W, C)
for s, sep in [('hello world', None), ('  hello   wORLD  x ', None), ('a-b-c', '-'), ('', None), ('a--b', '-'), ('ab cd', '')]:
    both('capwords %r %r' % (s, sep), lambda m: m.capwords(s, sep), W, C)
rnd = random.Random(1)
alphabet = '{}[]!:ab0r.1 s>'
strs = ['a{{b}}c{0!r:>{1}}d', '{}', '{{', '}}', 'x{', 'x}', '{0', '{0!', '{0!r', '{0!rr}', '{0!}', '{:{:{}}}',
        '{a.b[c]}', '{a[}', '{0:}', '{!r}', '{a[x}]}', '{a:{b}}x', 'ab{{', '{{}}', '{ {} }', '{a!r:}', '{0:a{b}c}',
        '{0:{', '{0:}}', '{[}', '{0[}]}', 'a}}b{{c', '{!}', '{:}', '']
for _ in range(4000):
    strs.append(''.join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 9))))
for s in strs:
    both('parse %r' % s, lambda m: list(m.Formatter().parse(s)), W, C)
class O:
    x = 5
    def __format__(self, spec): return 'O<%s>' % spec
args = (1, 'abc', [10, 20], {'k': 'v'}, O(), 3.14159)
kw = {'a': 'A', 'b': [1, 2], 'o': O(), 'w': 8}
fmts = ['{0}{1}', '{}{}', '{0}{}', '{}{0}', '{2[1]}', '{3[k]}', '{4.x}', '{4:abc}', '{5:.2f}', '{5:{w}.{0}f}', '{a!r}',
        '{a!s:>5}', '{a!a}', '{1!x}', '{b[0]}', '{o}', '{o!r:.3}'[:4], '{9}', '{zz}', '{0.nope}', '{1[x]}', '{:{}}',
        '{0:{1}}', '{:{:{:{}}}}', '{0:{1:{2:{3}}}}', '{a.upper}', '{2[0]:>{w}}', 'plain', '{{}}{0}', '{0[0]}']
for f in fmts:
    both('format %r' % f, lambda m: m.Formatter().format(f, *args, **kw), W, C)
    both('vformat %r' % f, lambda m: m.Formatter().vformat(f, args, kw), W, C)
class Cust:
    def make(m):
        class F(m.Formatter):
            def get_value(self, key, args, kwargs):
                if isinstance(key, str):
                    return kwargs.get(key, '<%s>' % key)
                return super().get_value(key, args, kwargs)
            def check_unused_args(self, used, args, kwargs):
                self.used = sorted(map(str, used))
        return F()
def cust(m):
    f = Cust.make(m)
    r = f.format('{x} {y} {0}', 7, x=1)
    return r, f.used
both('custom formatter', cust, W, C)

tmpls = ['$who likes $what', '${who}x', '$$ money', '$', 'a $ b', '$1', '${}', '${ who}', 'line1\nline2 $ bad', '$who$what',
         '$WHO', '${who', 'no placeholders', '$who_', '\n\n  $', '$$$who']
for t in tmpls:
    both('substitute %r' % t, lambda m: m.Template(t).substitute(who='tim', what='kung pao', WHO='X'), W, C)
    both('substitute map %r' % t, lambda m: m.Template(t).substitute({'who': 1}, what=2), W, C)
    both('safe %r' % t, lambda m: m.Template(t).safe_substitute(who='tim'), W, C)
    both('safe map %r' % t, lambda m: m.Template(t).safe_substitute({'what': 'w'}), W, C)
    both('ids %r' % t, lambda m: m.Template(t).get_identifiers(), W, C)
    both('valid %r' % t, lambda m: m.Template(t).is_valid(), W, C)
def sub_tmpl(m):
    class T(m.Template):
        delimiter = '%'
        idpattern = '[a-z]+'
    class U(m.Template):
        braceidpattern = '[a-z ]+'
    class V(m.Template):
        pattern = r'''\#(?:(?P<escaped>\#)|(?P<named>[a-z]+)|\{(?P<braced>[a-z]+)\}|(?P<invalid>))'''
    return (T('%x and %y %%').substitute(x=1, y=2), U('${a b} $c').substitute({'a b': 1, 'c': 2}),
            V('#a ## #{b}').substitute(a=1, b=2), T.pattern.pattern == m.Template.pattern.pattern)
both('template subclass', sub_tmpl, W, C)
both('template pattern', lambda m: (m.Template.pattern.flags, m.Template.delimiter, m.Template.idpattern), W, C)
sys.exit(report() and 1)
