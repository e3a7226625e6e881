# Deeply nested source text given to compile()/eval(): CPython 3.11 answers with
# MemoryError (its parser's stack), RecursionError (its compiler) or SyntaxError.
import sys


def attempt(label, src, mode="eval"):
    try:
        compile(src, "<deep>", mode)
        print(label, "compiles")
    except MemoryError as e:
        print(label, "MemoryError", repr(str(e)))
    except RecursionError as e:
        print(label, "RecursionError", e)
    except SyntaxError as e:
        print(label, "SyntaxError", e.msg, e.lineno, e.offset)


for n in (10, 1000, 2900, 4000, 100000):
    attempt(f"minus x{n}", "-" * n + "1")
for n in (100, 3500, 7000):
    attempt(f"not x{n}", "not " * n + "x")
    attempt(f"tilde x{n}", "~" * n + "1")
for n in (100, 1000, 4000):
    attempt(f"power x{n}", "2" + "**2" * n)
for n in (100, 1000, 10000):
    attempt(f"ternary x{n}", "a if b else " * n + "c")
for n in (199, 200, 201, 10000):
    attempt(f"parens x{n}", "(" * n + "1" + ")" * n)
    attempt(f"brackets x{n}", "[" * n + "]" * n)
attempt("unclosed parens", "(" * 10000)
attempt("calls", "f(" * 150 + ")" * 150)
attempt("attributes", "x" + ".y" * 3000)
attempt("statement", "x = " + "-" * 100000 + "1", "exec")
attempt("def body", "def f():\n    return " + "-" * 2000 + "1\n", "exec")
attempt("subscripts", "a" + "[0]" * 1000)


def depth(k):
    # less recursion left to the caller: the compiler gives up sooner
    if k:
        return depth(k - 1)
    attempt("minus x2000 at depth 400", "-" * 2000 + "1")
    attempt("minus x1000 at depth 400", "-" * 1000 + "1")


depth(400)
sys.setrecursionlimit(2000)
attempt("minus x4000, limit 2000", "-" * 4000 + "1")
sys.setrecursionlimit(1000)
try:
    eval("-" * 100000 + "1")
except MemoryError:
    print("eval MemoryError")
try:
    exec("y = " + "not " * 4000 + "True")
except RecursionError as e:
    print("exec RecursionError:", e)
print(eval("-" * 500 + "1"), eval("not " * 501 + "0"))
