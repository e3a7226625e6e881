# compile() errors caught as SyntaxError: message, line and offset as CPython 3.11 reports
cases = [
    "x = (1,\n[2 +\ndef f(): pass\n",
    "if x = 1:\n    pass\ny = )\n",
    "foo(\nx = 1 2\n",
    "0b12", "0o8", "0x", "1__0", "1.e", "1e+", "12abc", "1.2j3", "0_7", "0b1_",
    "x = 1 +\ny = (\n",
    "while a = b + c and d:\n pass",
    "if x.y = 3:\n pass",
    "def f(:\n  pass\nx = 0777\n",
    "a b\n\"abc\n",
    "print \"hello\")\n",
    "x = = 1\ny = ]\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset)
