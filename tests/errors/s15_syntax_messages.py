# Syntax errors of common slips: their messages and positions (compile() of each).
SOURCES = [
    "def foo:\n    pass\n",
    "def foo\n",
    "def bar -> int:\n    pass\n",
    "d = {: 1}\n",
    "d = {'a': }\n",
    "[x for x in 1 2]\n",
    "[x 1 for x in y]\n",
    "(a for a in b c)\n",
    "{k: v for k, v in d.items() x}\n",
    "[x for x in y if a b]\n",
    "[1 2, 3]\n",
    "print(a b)\n",
    "[x for x in (1 2)]\n",
    "x = (1, 2\ny = 3\n",
    "f() = 1\n",
    "if x = 1:\n  pass\n",
    "for x in range(3)\n  pass\n",
]
for src in SOURCES:
    try:
        compile(src, "<src>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(f"{src!r:36} {e.msg} ({e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset})")
