# compile() of malformed sources CPython 3.11 names specially: comprehension targets
# without parentheses, var-arg defaults, bare `*` in lambdas, star imports, a repeated
# class keyword, mixed bytes literals, `not` without `in`, `try`/`else` without a handler,
# __future__ errors and \N escapes: message, line, offsets, text.
CASES = [
    'x = [i, j for i in a]',
    'x = [i, for i in a]',
    'x = {i, j for i in a}',
    'x = [i, j, k async for i in a]',
    'x = [i, j for i in a if i]',
    'x = (i, j for i in a)',
    'f(i, j for i in a)',
    'def f(*a=1): pass',
    'def f(a, **k=1): pass',
    'def f(*a: int=1): pass',
    'lambda *a=1: 0',
    'lambda **a=1: 0',
    'lambda *: 0',
    'lambda a, *: 0',
    'lambda *, **k: 0',
    'f(lambda a=(1), *: 0)',
    'def f(*): pass',
    'def f(a, *, ): pass',
    'def f(*, **k): pass',
    'from a import *, b',
    'from a import (*)',
    'from a import b, *',
    'class C(metaclass=M, metaclass=N): pass',
    'class C(x=1, **k, x=2): pass',
    "x = 'a' b'b'",
    "x = b'a' 'b'",
    "x = u'a' f'{b}' b'c'",
    'x = 5 not 6',
    'x = 5 not',
    'x = a not and b',
    'if x not y:\n    pass\n',
    'try: pass\nelse: pass\n',
    'try:\n    pass\nelse:\n    pass\n',
    'try:\n    pass\nelse:\n    try:\n        pass\n    except E:\n        pass\n',
    'import os\nfrom __future__ import nope',
    '"\\N{"',
    '"\\N{LATIN"',
    '"\\N{}"',
    '"ab\\N{x"',
    '"\\N{ab" + 1',
    '"é\\N{"',
]
for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
