# `=` where an expression is expected, and other beginner mistakes: SyntaxError's
# message and position (compile() of a string).
CASES = [
    "x = (a = 1)", "[a = 1]", "f(a.b = 1)", "x[a = 1]", "print(a = 1 = 2)", "{a = 1}",
    "f(1 = 2)", "f(x for x in y = 1)", "(a = 1)", "(a, b = 1)", "[a, b = 1]", "{a, b = 1}",
    "f(a + b = 1)", "f(a[0] = 1)", "x = [a = 1]", "f((a) = 1)", "f(True = 1)", "f(None = 1)",
    "f(False = 1)", "f(a, *b = 1)", "f(*a = 1)", "f(**a = 1)", "x = 1 if a = 1 else 2",
    "x = (yield a = 1)", "(a.b = 1)", "[a + 1 = 2]", "(f() = 1)", "[a, b + 1 = 2]",
    "x[a.b = 1]", "x[1, a = 2]", "(a = 1 if b else c)", "(a = b == c)", "(a = b := c)",
    "[*a = 1]", "(x for x in a = 1)", "[x = 1 for x in y]", "(a.b = 1 = 2)", "((a) = 1)",
    "(a, b) = (c = 1)", "f(a if b else c = 1)", "f(-a = 1)", "f(a, b == c = 1)",
    "f(lambda: x = 1)", "f(not a = 1)", "f([a] = 1)", "f((a, b) = 1)", "f(x = 1 for x in y)",
    "f(a, b, c.d = 1)", "f(a)(b.c = 1)", "x[0](a.b=1)", "f(a=1)(b.c = 1)", "[True = 1]",
    "(None = 1)", "[(a, b) = 1]", "[a < b = 1]", "{'a' = 1}", "[lambda: a = 1]", "{a.b = 1}",
    "x[a.b = 1:2]", "f(a for a in b if c = 1)", "f(\n  a.b = 1\n)", "if x = 1:\n pass",
    "while x.y = 1:\n pass", "if x:\n pass\nelif a[0] = 1:\n pass",
    # the parameter/argument order and other beginner mistakes
    "print(x=1, y)", "print(x=1, yy)", "f(**b, c)", "f(**b, cc)", "f(a, **b, c)",
    "f(**k, *a)", "f(a=1, a=2)", "def f(a=1, b):\n pass", "class A(x for x in y): pass",
    "f(x for x in y, 1)",
    # a missing colon: CPython's "expected ':'" after else/try/finally/def, else its
    # generic error at the token found
    "if x\n  pass", "if x:\n pass\nelse if y:\n pass", "try if", "try:\n pass\nfinally if",
    "def f() if", "class A if", "class A() if", "for x in y if z", "for x in y z",
    "while x y", "if x y", "with a b", "if x:\n pass\nelif y z", "match x y",
    "try:\n pass\nexcept E as e f", "try:\n pass\nexcept E f", "x[1 2]", "x = {1 2}",
    "print 'x'", "print x", "x = (1, 2))", "x = [1, 2)", "x = (1,\n2]",
    "return 1", "break", "x = lambda: (yield)", "f() = 1", "del f()", "1 = x",
    "x + 1 += 1", "nonlocal x", "if x:\n    a\n  b", "if x:\n\ta\n        b",
    # errors inside a string token (once a Rust panic)
    "x = '\\N{nope}'", "f(b'\\xff' = 1)", "f('\\N{nope}' = 1)",
]
for src in CASES:
    try:
        compile(src, "f", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
for src in ["f('\\N{nope}')", "x = '\\N{nope}' + 1", "x = ('\\N{nope}', 2)", "x = b'\\xz' + 1"]:
    try:
        compile(src, "f", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.offset, e.end_offset)
