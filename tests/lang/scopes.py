x = "global"
def f():
    return x
def g():
    x = "local"
    return x, f()
print(g())
def h():
    global x
    x = "changed"
h()
print(x)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 1
        def inner():
            nonlocal a
            a *= 10
        inner()
    mid()
    return a
print(outer())
class C:
    attr = "class"
    def m(self):
        return attr_free()
def attr_free():
    return "module-level function"
print(C().m())
def loc():
    a = 1
    b = 2
    return sorted(locals().items())
print(loc())
print(sorted(k for k in vars() if not k.startswith("__")))
def builtins_shadow():
    len = lambda x: "shadowed"
    return len([1])
print(builtins_shadow(), len([1]))
import builtins
print(builtins.len is len, type(builtins).__name__)
def deletes_global():
    global tmp
    tmp = 1
    del tmp
deletes_global()
print("tmp" in globals())
for loopvar in range(3):
    pass
print(loopvar)
try:
    exec("nonlocal_outside = 1\ndef q():\n    nonlocal zz\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)
def class_in_func():
    v = 5
    class Inner:
        w = v + 1
    return Inner.w
print(class_in_func())
