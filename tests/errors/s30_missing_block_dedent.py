# A block header with no body, followed by a statement dedented past it: CPython
# blames the inner header and reports at the dedented line (no caret).
cases = [
    'def f():\n    if x:\nprint(1)\n',
    'def f():\n    if x:\n\n  # c\nprint(1)\n',
    'class A:\n    def m(self):\n\nx = 1\n',
    'if x:\npass\n',
    'class A:\n    def m(self):\n        for i in y:\n    z = 1\n',
    'try:\n    def f():\nexcept E:\n    pass\n',
    'for a in b:\nif y:\npass\n',
    'if a:\n    for x in y:\nz\n',
    'def f():\n    if x:\n    print(1)\n',
    'while 1:\n    with a:\n        try:\n    pass\n',
    'if a:\n    class C:  # comment\nelse:\n    pass\n',
]
for src in cases:
    try:
        compile(src, "s", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
