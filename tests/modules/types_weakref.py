import types, weakref, gc
def f(): pass
print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType, type(f.__code__) is types.CodeType, isinstance((x for x in []), types.GeneratorType))
class C:
    def m(self): pass
print(type(C().m) is types.MethodType, type(types) is types.ModuleType, types.SimpleNamespace(a=1, b=2), types.NoneType, types.EllipsisType)
ns = types.SimpleNamespace(x=1)
ns.y = 2
print(ns, ns == types.SimpleNamespace(x=1, y=2), vars(ns))
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), type(mp).__name__)
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError", e)
mod = types.ModuleType("dynmod", "doc")
mod.val = 3
print(mod.__name__, mod.__doc__, mod.val, repr(mod))
m = types.MethodType(lambda self: self * 2, 21)
print(m())
Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update({"v": 1}))
print(Dyn.v, Dyn.__name__)
print(types.FunctionType(f.__code__, {})() is None, types.LambdaType is types.FunctionType)
class Obj:
    def __init__(self, n): self.n = n
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().n, weakref.getweakrefcount(o))
del o
gc.collect()
print(r())
cb_log = []
o2 = Obj(2)
r2 = weakref.ref(o2, lambda ref: cb_log.append("callback"))
del o2
gc.collect()
print(cb_log)
wvd = weakref.WeakValueDictionary()
a, b = Obj("a"), Obj("b")
wvd["a"] = a
wvd["b"] = b
print(sorted(wvd.keys()), wvd["a"].n)
del a
gc.collect()
print(sorted(wvd.keys()), "a" in wvd)
wkd = weakref.WeakKeyDictionary()
k = Obj("k")
wkd[k] = 5
print(len(wkd), wkd[k])
del k
gc.collect()
print(len(wkd))
try:
    weakref.ref(1)
except TypeError as e:
    print("TypeError", e)
ws = weakref.WeakSet()
x = Obj("x")
ws.add(x)
print(len(ws), x in ws)
p = weakref.proxy(b)
print(p.n)
fin = weakref.finalize(b, print, "finalized b")
del b, p
gc.collect()
print("end")
