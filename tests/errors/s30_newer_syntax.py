# Syntax from Python versions after 3.11 is reported as 3.11 reports it.
cases = ["type X = int\n", "class A[T]: pass\n", "def f[T](): pass\n",
         "class B[T](A): pass\n", "def g[T, *Ts](x: T): pass\n", "x = t'abc'\n",
         "x = T\"abc\"\n", "x = rt'a'\n", "x = f'{1 # c}'\n"]
for src in cases:
    try:
        compile(src, "s", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
