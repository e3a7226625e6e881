# malformed or extreme inputs give Python exceptions (as CPython 3.11 reports them)
import sys
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except (SyntaxError, RecursionError, MemoryError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
attempt("parens", lambda: compile("(" * 100000, "<s>", "exec"))
attempt("parens closed", lambda: compile("(" * 300 + ")" * 300, "<s>", "exec"))
attempt("brackets", lambda: eval("[" * 199 + "]" * 199) is not None)
attempt("binop chain", lambda: compile("x = " + "1+" * 200000 + "1", "<s>", "exec"))
attempt("null byte", lambda: compile("a\x00b", "<s>", "exec"))
attempt("huge repeat", lambda: [0] * (2 ** 62))
attempt("huge str", lambda: "a" * (2 ** 62))
attempt("int digits", lambda: len(str(10 ** 5000)))
attempt("unmatched", lambda: compile("x = 1)\n", "<s>", "exec"))
attempt("bad indent", lambda: compile("if 1:\n  a\n b\n", "<s>", "exec"))
attempt("deep indent", lambda: compile("".join("  " * i + "if 1:\n" for i in range(120)) + "  " * 120 + "pass\n", "<s>", "exec"))
def f():
    f()
attempt("runaway recursion", f)
class R:
    def __repr__(self):
        return "<" + repr(self) + ">"
sys.setrecursionlimit(500)
x = []
for i in range(100000):
    x = [x]
attempt("nested list repr", lambda: len(repr(x)))
d = {}
for i in range(100000):
    d = {1: d}
attempt("nested dict repr", lambda: len(repr(d)))
l = [1]
l.append(l)
print(l)
attempt("recursion limit 0", lambda: sys.setrecursionlimit(0))
print("survived")
