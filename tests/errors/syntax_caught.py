cases = ["x = (1, 2", "def f(:\n  pass", "1 = x", "f(a=1, 2)", "print 'x'", "x = 5 +* 2",
         "for in range(3): pass", "a b", "del 1", "lambda: yield", "break", "continue",
         "def f():\n    nonlocal q", "x = [1, 2", "'abc", "f(**k, *a)", "def f(a, a): pass",
         "class", "import", "x += 1 = 2", "(a, b) += 1", "nonlocal x", "return", "yield = 1",
         "None = 1", "f() = 1", "a.b: int = 1\nglobal a", "def f(x=1, y): pass", "0777",
         "1__0", "x = 1 if 2", "True = 1", "@\ndef f(): pass", "print(f'{')", "'\\N{nonsense}'"]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled OK:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset)
