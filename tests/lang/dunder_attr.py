class G:
    x = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
g = G()
print(g.x, g.dyn_hello, getattr(g, "dyn_z"), hasattr(g, "nope"), getattr(g, "nope", "default"))
try:
    g.nope
except AttributeError as e:
    print("AttributeError", e)
class GA:
    def __init__(self): self.log = []
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def meth(self): return "m"
ga = GA()
ga.meth()
try:
    ga.zzz
except AttributeError as e:
    print("AttributeError", e)
print(ga.log)
class S:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = S()
s.a = 5
print(s.a)
setattr(s, "b", 1)
del s.a
delattr(s, "b")
print(vars(s))
class Frozen:
    def __init__(self): object.__setattr__(self, "v", 1)
    def __setattr__(self, n, v): raise AttributeError("frozen")
f = Frozen()
try:
    f.v = 2
except AttributeError as e:
    print("AttributeError", e, f.v)
class Both:
    def __getattribute__(self, n):
        if n == "special": raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
print(Both().special)
class Dir:
    def __dir__(self): return ["b", "a"]
print(dir(Dir()))
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError", e)
try:
    del G.nothere
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(g, 5)
except TypeError as e:
    print("TypeError", e)
