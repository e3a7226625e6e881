code = """
def helper():
    return secret * 2
result = helper()
"""
ns = {"secret": 21}
exec(code, ns)
print(ns["result"])
g = {}
l = {}
exec("a = 1\nb = a + 1", g, l)
print(sorted(l.items()), "a" in g)
def f():
    x = 5
    exec("y = x + 1")
    return "y" in locals()
print(f())
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
src = "def add(a, b):\n    return a + b\n"
co = compile(src, "<generated>", "exec")
mod_ns = {}
exec(co, mod_ns)
print(mod_ns["add"](2, 3), mod_ns["add"].__code__.co_filename)
print(eval("x + y", {"x": 1}, {"y": 2}))
exec("import math as m", ns)
print(ns["m"].sqrt(4))
exec("global gv\ngv = 'set by exec'")
print(gv)
exec("print('multi'); print('statements')")
r = eval("lambda v: v * 3")
print(r(4))
print(eval("[x * 2 for x in range(3)]", {}))
exec("class Inline:\n    val = 9", globals())
print(Inline.val)
try:
    exec("1/0", {})
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    eval("import os")
except SyntaxError as e:
    print("SyntaxError", e.msg)
