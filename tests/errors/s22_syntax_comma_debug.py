# compile() errors: the "forgot a comma" range ends before a keyword's '=' or a dict's
# ':', a C-style `for` header, a stray '!', and names CPython forbids for __debug__.
CASES = [
    'foo(a=1 b=2)\n',
    'd = {1: 2 3: 4}\n',
    'a = {\n  "k": 1\n  "j": 2\n}\n',
    'print(1, end="" sep="")\n',
    'f(a b[1:2])\n',
    'f(a (b=1))\n',
    'for (i = 0; i < 3; i++):\n  pass\n',
    'x = !a\n',
    'x = f"{a!r}" + !b\n',
    'def f(__debug__): pass\n',
    'def f(a, *, __debug__=1): pass\n',
    'def f(*__debug__): pass\n',
    'lambda __debug__: 0\n',
    'x = lambda **__debug__: 0\n',
    'f(__debug__=1)\n',
    'x = f(1, __debug__=2)\n',
    'class C(__debug__=1): pass\n',
    'del __debug__\n',
    'del x, __debug__\n',
    '__debug__ = 1\n',
]
for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
