print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("y", {}, {"y": "local"}))
ns = {}
exec("a = 5\ndef f(): return a * 2", ns)
print(ns["a"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code), code.co_filename, code.co_name)
c2 = compile("for i in range(2): print('loop', i)", "<s>", "exec")
exec(c2)
c3 = compile("1 + 1", "<single>", "single")
exec(c3)
g = {"__builtins__": {}}
try:
    eval("len('x')", g)
except NameError as e:
    print("NameError", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset, e.text)
try:
    exec("x = ")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile("a", "f", "bad")
except ValueError as e:
    print("ValueError", e)
def locs():
    q = 1
    return eval("q + 1"), sorted(locals())
print(locs())
print(eval("[i for i in range(3)]"))
ln = {}
exec("import math\nr = math.sqrt(16)", ln)
print(ln["r"])
print(eval(" 5 "), eval("'str'"))
exec("print('exec prints')")
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print("ValueError", e)
print(type(compile("pass", "x", "exec")).__name__)
print(eval(compile("[1,2]", "x", "eval")))
gl = {}
exec("class K:\n    v = 3\n", gl)
print(gl["K"].v, gl["K"].__module__)
print(globals()["__name__"], "__builtins__" in globals())
