# Syntax errors at a trailing comma without brackets, and at a line's end after a comment
# (CPython's NEWLINE token there covers the comment): message, line and offsets.
CASES = [
    'with a, :\n    pass\n',
    'with open(x) as f, :\n    pass\n',
    'with a as b,:\n    pass\n',
    'import a, \n',
    'import a.b as c, # hi\n',
    'from a import b, \n',
    'from a import b as c,\n',
    'from . import b, # note\n',
    'global a, \n',
    'a = 1 + # hi\n',
    'a = 1 +  # hi\n',
    'import a, # c\n',
    'if x:  # c\n    pass\nelse # c\n    pass\n',
    'if x # c\n    pass\n',
    'def f() # c\n    pass\n',
    'class A # c\n    pass\n',
    'for x in y # c\n    pass\n',
    'x = 1 if 2 # c\n',
    'try # c\n    pass\n',
    'while x\n    pass\n',
]
for src in CASES:
    try:
        compile(src, "<case>", "exec")
        print(repr(src), "-> compiled")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))
