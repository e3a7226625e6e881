# Generates errors.tsv from the cases below: source, then CPython 3.11's error kind,
# message, line and offset (escapes in the source column: \n, \t, \\).
import sys
CASES = [
 "f(", "f(a b)", "x = (1,\n2", "if x:\npass", "def f():\nreturn", "  x = 1", "if x:\n    a\n  b",
 "x = 'abc", "x = '''abc\n\n", "f(a))", "(]", "(\n]", "x = 1 +", "if x", "a b", "for x in y\n  pass",
 "x = [1, 2", "class C:\nx", "try:\n  x\nfinally:\ny", "x = 5 6", "x = ", "import", "a = b = ",
 "else:", "def f(x):\n    global x", "def f():\n    x=1\n    global x", "def f():\n    print(x)\n    global x",
 "def f():\n    nonlocal x", "nonlocal x", "def f(x, x): pass", "class C:\n  [y := 1 for i in x]",
 "[i := 1 for i in x]", "[x for i in (y := [])]", "def f(x):\n  nonlocal x", "def f():\n  from m import *",
 "return", "yield", "break", "def f():\n continue", "def f(a=1, b): pass", "f(a=1, b)", "f(**k, *a)",
 "x = 1 = 2", "1 = x", "f() = 1", "del f()", "a + 1 = 2", "for 1 in x: pass", "(a, 1) = x",
 "[a, b] += 1", "await x", "class C:\n  return 1", "x = yield = 1", "def f():\n  x = 1\n  def g():\n    global x\n    nonlocal x",
 "while x:\n  pass\nelse:\n  break", "def f():\n  yield\n  return 1\nclass C:\n  yield 1",
 "f(x for x in y, 1)", "x = $", "x = 1\n  y = 2", "if True:\n\tx = 1\n        y = 2",
 "match x:\n  case 1: pass", "async def f(): pass", "type X = int", "try:\n  pass\nexcept* E:\n  pass",
 "def f[T](): pass", "print 'x'", "f(**x, y)", "def f(*): pass", "lambda x, x: 1", "x: int = 1 = 2",
 "None = 1", "True = 1", "__debug__ = 1", "del 1", "(x for x in y) = 1", "f'{'", "f'{x!z}'",
 "a, *b, *c = d", "*a = b", "from __future__ import braces", "x = 1\nfrom __future__ import annotations",
 "def f():\n  x = 1\n  def g(): nonlocal y", "try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass",
 "'''", "x = 1 if 2", "1 +* 2", "def f(:\n pass", "foo(,)", "[1, 2,, 3]", "x.1", "@\ndef f(): pass",
 "if x:\n  pass\n elif y:\n  pass", "x = (1 2)", "{1: 2, 3}", "print(1 2 3)", "a = [1 2]",
 "try:\n  pass\nexcept E:\n  pass\nexcept* F:\n  pass", "try:\n  pass\nexcept* E:\n  pass\nexcept:\n  pass",
 "try:\n  pass\nexcept*:\n  pass", "def f():\n  try:\n    pass\n  except* E:\n    return 1",
 "for x in y:\n  try:\n    pass\n  except* E:\n    continue",
 # match statements: compile-time errors, then errors of the pattern grammar
 "match x:\n case y: pass\n case 1: pass", "match x:\n case _: pass\n case 1: pass",
 "match x:\n case 1 | y: pass", "match x:\n case [a, a]: pass", "match x:\n case [a, *a]: pass",
 "match x:\n case {'a': 1, 'a': 2}: pass", "match x:\n case C(a=1, a=2): pass",
 "match x:\n case [*a, *b]: pass", "match x:\n case __debug__: pass", "match x:\n case f'x': pass",
 "match x:\n case {'x': y, **y}: pass", "match x:\n case (y as z) | z: pass",
 "match x:\n case 1+1: pass", "match x:\n case -x: pass", "match x:\n case f(1)(2): pass",
 "match x:\n case y as _: pass", "match x:\n case {f(): 1}: pass", "match x:\n case 1j + 1: pass",
 "match x:\n case b'a' 'b': pass", "match x:\n case *a: pass", "match x:\n case 10**30: pass",
 "match x:\n case 1 as 2: pass", "match x:\n case [1] as a.b: pass", "match x:\n case C(a=1, 2): pass",
 "match x:\n case {**_}: pass", "match x:\n case {**r, **s}: pass", "match x:\n case x.y(1)(): pass",
 "match x:\n case 1 - 2 - 3j: pass", "match x:\n  pass", "match x\n case 1: pass",
 "match x:\n case -1j | 0 - 1j | a.b() | {**r} | [*_]: pass", "match = case = 1",
]
# Known divergences (weft reports an error, but not CPython's exact message/position).
KNOWN = ("f'{'", "x = 1 if 2")
def esc(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
out = []
for src in CASES:
    try:
        compile(src, "f", "exec")
        res = ["OK", "", "0", "0"]
    except SyntaxError as e:
        res = [type(e).__name__, e.msg, str(e.lineno), str(e.offset)]
    except RecursionError as e:
        res = ["RecursionError", str(e), "0", "0"]
    out.append(("#" if src in KNOWN else "") + "\t".join([esc(src)] + res))
open(sys.argv[1] if len(sys.argv) > 1 else "errors.tsv", "w").write("\n".join(out) + "\n")
