# compile() of malformed sources weft does not report exactly as CPython 3.11 yet
CASES = [
    'f(a=1, b)\n',
    'print(f"{x!z}")\n',
    'x = {**a: 1}\n',
    "b'\\xff' + b'é'\n",
    'f"{a b}"\n',
    'try:\n    x\nexcept E as e.attr:\n    pass\n',
    'def f[T](x): pass\n',
    'class C(x for x in y): pass\n',
    'print(a b c)\n',
    'def f(a b): pass\n',
    'f(a=1 b=2)\n',
]
for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
    except Exception as e:
        print(repr(src), "->", type(e).__name__, e)
