# compile() of malformed sources: message, line, offsets, text (no async: weft lacks it)
CASES = [
    'f(**x, *y)', 'f(a, **b, *c)', 'print(f"{}")', 'print(f"{ }")', 'print 1', 'exec "x"',
    'print "a", x', 'try:\n    pass\n', 'try:\n    pass\nx = 1\n', 'def f(**k, a):\n    pass\n',
    'def f(**k, *a): pass', 'lambda **k, a: 1', 'x = {1: 2, 3}',
    'def f():\n    x: int = 1\n    global x\n', 'x = (1, 2\n', 'print("hi"\nprint("x")\n',
    'def f(:\n    pass\n', 'class C\n    pass\n', 'if x = 3:\n    pass\n', 'a = 1 +\n',
    'for x in range(3):\nprint(x)\n', 'def f():\n    return\n  x = 1\n', 'x = [1, 2, 3}\n',
    'f(a=1, b)\n', 'def f(a=1, b):\n    pass\n', 'x = 5 5\n', 'del f()\n', '(a, b) += 1\n',
    '1 = x\n', 'None = 1\n', 'f() = 3\n', 'x = yield = 3\n', 'break\n', 'continue\n',
    'def f():\n    nonlocal x\n', 'x = 1\ndef f():\n    print(x)\n    global x\n', 'import\n',
    'from x import\n', "'abc\n", '"""abc\n', 'x = 0777\n', 'x = 1_000_\n', 'x = 0b102\n',
    'x = 1e\n', 'print(f"{x!z}")\n', 'a.1\n', 'def f(x, x):\n    pass\n', 'f(x for x in y, 1)\n',
    '[x for x in 1, 2]\n', 'a, *b, *c = d\n', '*a = b\n', 'x = 1 if 2\n', 'f(a for a in b for)\n',
    'x = (1 for 2)\n', 'def f(*):\n    pass\n', 'x += 1 = 2\n', 'with open(x) as f(): pass\n',
    'print(1 if True else)\n', 'a = [1,\n2,\n3\n', '@\ndef f(): pass\n', 'f(x=1, x=2)\n',
    'x = 1\n  y = 2\n', 'if True:\n\tx = 1\n        y = 2\n', 'return 5\n', 'yield 1\n',
    'class A:\n    return 1\n', 'def f():\n    yield 1\n    return 2\nawait x\n', 'a = b = \n',
    'x = [i for i in range(3) if]\n', 'def f(a, /, b, /): pass\n', 'def f(/, a): pass\n',
    'def f(*, **k): pass\n', 'x = {**a: 1}\n', 'f(*)\n', 'x = ...\n... = 1\n',
    'while True:\n    pass\nelse\n', 'if x:\n    pass\nelif:\n    pass\n', 'else: pass\n',
    'except: pass\n', 'x = "abc" "def\n', "b'\\xff' + b'é'\n", "x = '\\N{nope}'\n",
    "x = u'\\x4'\n", 'import a.b as\n', 'from . import (a, b\n', 'from .. import *\n',
    'def f():\n    from os import *\n', 'x = not\n', 'x = a if b else c if\n',
    'for i in range(3): break; continue\nbreak\n',
    'global x\nx: int = 1\n', 'def f(x):\n    global x\n', 'nonlocal x\n',
    'def f():\n    def g():\n        nonlocal q\n', '0 if 1 else 2 = 3\n', 'f"{a b}"\n',
    'x = 1 2 3\n', 'x.y.z = 1 = 2\n', 'lambda: yield\n', '(yield) = 1\n', '[a, b] = *c\n',
    'del (a, b), [c], d.e, f[0]\n', 'del *a\n', 'del a + b\n', 'assert x, \n', 'raise X from\n',
    'with a, b as: pass\n', 'try:\n    x\nexcept E as e.attr:\n    pass\n',
    'try:\n    x\nexcept (A, B) as:\n    pass\n', 'try:\n    x\nexcept A, B:\n    pass\n',
    'def f[T](x): pass\n', 'type X = int\n', 'class C(x for x in y): pass\n', 'f(**)\n',
    '1 +* 2\n', 'x = [1, 2,, 3]\n', 'foo(,)\n', 'x = 3 +\n    4\n', 'x = "\\\n',
    'if 1:\npass\n', '  \n  x\n', '\tif 1:\n\t\tpass\n', 'x = $\n', 'x = a ? b : c\n',
    'x = `a`\n', 'x = 5!\n', 'print(1 2)\n', 'print(a b c)\n', 'x = {1 2}\n', 'x = (a b)\n',
    'def f(a b): pass\n', 'f(a=1 b=2)\n', 'x = 1;;\n', ';\n', 'x = [\n', 'x = (\n\n\n',
    'x = 1\n)\n', '}\n', 'f(]\n', 'x = (1,\n2]\n',
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
