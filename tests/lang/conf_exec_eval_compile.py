g = {"x": 10}
l = {}
exec("y = x * 2\nz = y + 1", g, l)
print(sorted(l.items()), "y" in g)
exec("def f(a):\n    return a + x\nres = f(5)", g)
print(g["res"], "__builtins__" in g)
print(eval("x + 1", {"x": 41}), eval("a * b", {}, {"a": 3, "b": 4}))
code = compile("for i in range(3):\n    total += i", "<calc>", "exec")
ns = {"total": 100}
exec(code, ns)
print(ns["total"], code.co_filename, code.co_name)
e = compile("1 + 2 * 3", "<expr>", "eval")
print(eval(e), type(e).__name__)
s = compile("print('single', 5)", "<s>", "single")
exec(s)
try:
    eval("1 +")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno, err.offset, repr(err.text), err.filename)
try:
    compile("x = ", "myfile.py", "exec")
except SyntaxError as err:
    print(err)
try:
    exec("raise ValueError('from exec')")
except ValueError as err:
    print(repr(err))
try:
    eval("undefined_thing", {})
except NameError as err:
    print(err)
try:
    compile("x", "f", "bogus")
except ValueError as err:
    print(err)
try:
    eval("import os")
except SyntaxError as err:
    print(err.msg)
print(eval("__builtins__ is not None"), eval("len('abc')", {"__builtins__": {"len": len}}))
try:
    eval("print('x')", {"__builtins__": {}})
except NameError as err:
    print(err)
def scope_test():
    local_v = 5
    return eval("local_v * 2"), eval("local_v", {"local_v": 9})
print(scope_test())
class NS(dict):
    def __missing__(self, k):
        return k.upper()
print(eval("hello + world", {}, NS()))
exec("class K:\n    attr = 1\nprint(K.attr, K.__module__)", {"__name__": "custom_mod"})
src = "a = 1\nb = a + 1\n"
lc = {}
exec(src, None, lc) if False else exec(src, {}, lc)
print(lc)
print(eval(" 1 + 1 \n"), eval("\t2"))
try:
    eval("  \n")
except SyntaxError as err:
    print(err.msg)
r = compile("a = 5", "<x>", "exec", dont_inherit=True)
d = {}
exec(r, d)
print(d["a"])
