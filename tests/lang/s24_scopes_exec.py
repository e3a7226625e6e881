# Scoping (class bodies, comprehensions, nonlocal/global, walrus), star-unpacking,
# chained comparisons and exec/eval/compile with custom globals and locals.
x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]
    z = (lambda: x)()
    w = [i for i in range(3) if x == "class"] if False else None
    v = {x: 1 for x in "ab"}
print(C.y, C.z, C.v, x)
def f():
    a = 1
    def g():
        nonlocal a
        a += 1
        b = [a := a + 10 for _ in range(2)]
        return b, a
    r = g()
    return r, a
print(f())
def h():
    global newglob
    newglob = 5
    return [newglob for newglob2 in range(1)]
print(h(), newglob)
print([(y := i * 2) for i in range(3)], y)
a, *b, c = range(6)
print(a, b, c)
(a, b), *c = "xy", 1, 2
print(a, b, c)
*a, = "abc"; print(a)
first, *_, last = [1]  if False else [1, 2]
print(first, last)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = iter([1, 2])
except ValueError as e:
    print(e)
print([*range(3), *"ab", *{1: 2}], {**{"a": 1}, "b": 2, **dict(a=3)}, (*[1], *()))
print(1 < 2 < 3 > 2 != 4, 1 < 3 < 2, (1 < 2) < 3, 1 == 1.0 == True, "a" < "b" < "c" not in "xyz")
calls = []
def v(n): calls.append(n); return n
print(v(1) < v(0) < v(5), calls)
import math
print([n for n in range(2, 30) if all(n % d for d in range(2, int(math.isqrt(n)) + 1))])
print({(i, j) for i in range(3) for j in range(i)}  == {(1, 0), (2, 0), (2, 1)}, [j for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)], [x for x in [x for x in range(4)] if x])
if (n := len("hello")) > 3:
    print("long", n)
while (chunk := [1, 2, 3][:n - 3]) and n > 3:
    print(chunk); n -= 1
print(any((hit := w) == "b" for w in "abc"), hit)
gl = {"__builtins__": {"len": len, "print": print}, "k": 2}
exec("def sq(v): return v * k\nres = sq(len('abc'))\nprint('in exec', res)", gl)
print(gl["res"], sorted(k for k in gl if k != "__builtins__"))
try:
    exec("open('x')", gl)
except NameError as e:
    print("NameError", e)
loc = {}
exec("a = 1\nb = a + 1", {}, loc)
print(loc)
print(eval("x + 1", {"x": 41}), eval("len(s)", {"s": "abcd"}), eval("y", {}, {"y": "local"}))
code = compile("for i in range(3): total = total + i", "<acc>", "exec")
ns = {"total": 10}
exec(code, ns); print(ns["total"], code.co_filename, code.co_name)
e = compile("3 * 4", "<e>", "eval"); print(eval(e), type(e).__name__)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as err:
    print(err.msg, err.filename, err.lineno, err.offset)
try:
    eval("1 +* 2")
except SyntaxError as err:
    print(err.msg, err.lineno, err.text)
def outer():
    q = 1
    return eval("q + 1"), exec("r = 5"), locals().get("r")
print(outer())
s = compile("print('single', 1 + 1)", "<s>", "single"); exec(s)
m = {}
exec("import math as mm\nfrom math import pi\nclass K: pass", m)
print(m["pi"], m["K"].__module__ if "__name__" in m else m["K"].__module__, type(m["mm"]).__name__)
