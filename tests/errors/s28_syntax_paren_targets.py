# Syntax errors for assignment to a parenthesised expression that is not a target:
# in parentheses, a conditional, comparison, boolean operation, lambda, `not` or named
# expression is an atom, and CPython's "here. Maybe you meant '==' instead of '='?"
# rule names it; without them, or not followed by the `=`, it does not.
CASES = [
    "(a if b else c) = 1", "(a < b) = 1", "(a and b) = 1", "(lambda: 1) = 1",
    "(not a) = 1", "(a := 1) = 2", "((a := 1)) = 2", "( a < b ) = 1",
    "a if b else c = 1", "not a = 1", "x = (a := 1) = 2", "[(a := 1)] = 2",
    "[x, (a if b else c)] = 1", "(x, (a < b)) = 1", "(a, b) = (c := 1) = 3",
    "(a < b) == 1 = 2", "f((a := 1)) = 2", "f() = 1", "1 = x", "(yield) = 1",
]
for s in CASES:
    try:
        compile(s, "<case>", "exec")
        print(repr(s), "ok")
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
