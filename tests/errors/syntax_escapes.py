# bad escapes in string literals and other compile-time messages, with CPython's positions
cases = [
    r"'\N{nonsense}'", r"b'\xZ'", r"'\x1'", r"x = 'ab\u12'", r"'\N'", r"'\U0011ffff'",
    r"'''\x'''", "s = 'caf\u00e9 \\N{foo}'",
    "x = 1 if 2", "y = f(a if b)", "z = [1, (x if y)]",
    "if x = 1:\n    pass", "if x.y = 1:\n    pass",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_offset)
