# A second `*` in a parameter list ("* argument may appear only once", at that `*`),
# and the range CPython underlines for a missing comma between bracketed items: the
# item before it and the one expression after it (`[1 2 3]` underlines `1 2`).
sources = [
    "def f(self, *args, *more): pass",
    "def f(*, *a): pass",
    "def f(*a, b, *c): pass",
    "def f(*a, b=1, *, c): pass",
    "def f(*, *, b): pass",
    "def f(*a, *): pass",
    "def f(*, a, *): pass",
    "lambda *a, *b: 1",
    "lambda *, x, *y: 1",
    "l = [1 2 3]",
    "l = (1 2 3)",
    "f(1 2 3)",
    "l = [a b c]",
    "l = [1, 2 3 4]",
    "l = {1 2 3}",
    "l = [1 f(a) b]",
    "l = [1 'a' 'b' c]",
    "l = [1 x.y z]",
    "l = [1 2 (3)]",
    "f(a, b c=1)",
    "l = {1: 2 3: 4}",
    "l = [1 -2 3]",
    "l = [x y for x in z]",
    "l = [1 2 if x else 3]",
]
for src in sources:
    try:
        compile(src + "\n", "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
