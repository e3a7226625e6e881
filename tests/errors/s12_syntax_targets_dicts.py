# Syntax errors from compile(): augmented assignment to a bare tuple (and other illegal
# targets), annotated tuple/list targets, dict displays with a missing or starred value,
# "Perhaps you forgot a comma?" ranges, and try blocks or decorators at the end of the input.
CASES = [
    "a, b += 1", "f() += 1", "[a] += 1", "1 += 1", "(a, b) += 1", "x = [a] += 1", "*a, b += 1",
    "a, b, += 1", "x = a, b += 1", "a,b <<= 1", "if 1: a, b += 1", "x; a, b += 1",
    "f(a, b += 1)", "a.b, c += 1", "None += 1", "a if b else c += 1", "(yield) += 1",
    "a, b: int = 1", "[a]: int", "(a, b): int", "[*a]: int", "a, (b): int", "f() : int",
    "{1:}", "{1:2, 3:}", "{**a: 1}", "{1: *a}", "{1:**a}", "{1:2, **a: 3}", "{a:\n}",
    "x = {1:,}", "print({1:})", "{1:\n\n}", "x = {\n 1:\n}\n", "{1:}; x = (", "{1: *a, 2: 3}",
    "{**a, 1: *b}",
    "f(x, a b)", "f(x=a b)", "[1, 2 3]", "{1: a b}", "(x, a.b c.d)", "f(x, -a b)",
    "f(a, not x b)", "(a if b else c d)", "[x, y z, w]", "(1, 2\n3)", "f('\u00e9', a b)",
    "@d", "@d\n", "try:\n    pass\n", "try:\n    pass", "try:\n    pass\n\n",
    "try:\n    pass   \n", "try:\n    pass  # c\n", "try:\n    pass\n# c\n",
    "try:\n    pass\n\n   ", "try:\n    p\u00e9\n\n",
]
for s in CASES:
    try:
        compile(s, "<case>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, repr(e.text), e.lineno, e.offset,
              e.end_lineno, e.end_offset)
