"""Compare lib/textwrap.py with CPython's textwrap."""
import sys, os, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report
import textwrap as C
W = load('textwrap')
rnd = random.Random(7)
words = ['hello', 'world', 'a', 'supercalifragilistic', 'well-known', 'x-y', 'ab-cd-ef', 'foo--bar', '--', '---', 'end.', 'Mr.', 'no!',
         'what?"', "it's", 'e-mail', '1-2', 'a-b-c', 'pre-', '-post', 'under_score', '9-lives', 'co-op-ed', 'über-cool', 'x' * 30,
         'tab\there', 'new\nline', 'end."', 'A.', 'x--y', 'one,--two', 'é-é', 'ab-1', 'aa-b-', '']
seps = [' ', '  ', '\t', '\n', ' \n ', '\x0b', '\u00a0', '\u2003']
texts = ['The quick brown fox jumps over the lazy dog. ' * 5, '', '   ', 'short', 'Hello there.  How are you? Fine.']
for _ in range(700):
    n = rnd.randrange(1, 25)
    texts.append(''.join(rnd.choice(words) + rnd.choice(seps) for _ in range(n)).strip(rnd.choice(['', ' '])))
opts = [{}, {'width': 10}, {'width': 1}, {'width': 5, 'break_long_words': False}, {'width': 12, 'break_on_hyphens': False},
        {'width': 20, 'initial_indent': '* ', 'subsequent_indent': '  '}, {'width': 15, 'drop_whitespace': False},
        {'width': 15, 'fix_sentence_endings': True}, {'width': 15, 'replace_whitespace': False},
        {'width': 15, 'expand_tabs': False, 'tabsize': 4}, {'width': 18, 'max_lines': 2}, {'width': 12, 'max_lines': 1, 'placeholder': '...'},
        {'width': 25, 'max_lines': 3, 'placeholder': ' [more]'}, {'width': 8, 'max_lines': 2, 'drop_whitespace': False},
        {'width': 0}, {'width': 4, 'max_lines': 1, 'placeholder': ' [......]'}]
for i, t in enumerate(texts):
    o = opts[i % len(opts)]
    both('wrap %r %r' % (t, o), lambda m: m.wrap(t, **o), W, C)
    o2 = opts[(i * 7 + 3) % len(opts)]
    both('fill %r %r' % (t, o2), lambda m: m.fill(t, **o2), W, C)
    both('split %r' % t, lambda m: m.TextWrapper()._split(t), W, C)
    both('split nohyph %r' % t, lambda m: m.TextWrapper(break_on_hyphens=False)._split(t), W, C)
    both('shorten %r' % t, lambda m: m.shorten(t, 12 + i % 30), W, C)
ded = ['  a\n  b', '  a\n    b\n', '\ta\n  b', '  \n  a\n', 'a\n  b', '    x\n  \t\n    y', '', '\n\n', '  a\r\n  b', ' \t a\n \t b\n \t', '  a\n\tb',
       '    hello\n  \n      world\n    ', '\t\ta\n\t b']
for _ in range(300):
    ded.append('\n'.join(rnd.choice(['', ' ', '  ', '\t', ' \t']) + rnd.choice(['', 'x', 'y z', ' ']) for _ in range(rnd.randrange(1, 5))))
for d in ded:
    both('dedent %r' % d, lambda m: m.dedent(d), W, C)
    both('indent %r' % d, lambda m: m.indent(d, '> '), W, C)
    both('indent pred %r' % d, lambda m: m.indent(d, '+', lambda l: True), W, C)
both('shorten example', lambda m: m.shorten("Hello  world!", width=12), W, C)
both('shorten example2', lambda m: m.shorten("Hello  world!", width=11), W, C)
both('shorten example3', lambda m: m.shorten("Hello world", width=10, placeholder="..."), W, C)
sys.exit(report() and 1)
