# PEP 562: module-level __getattr__ and __dir__.
import types
import sys

src = '''
import warnings
_deprecated = {"old_name": 42, "other": "x"}
new_name = 1

def __getattr__(name):
    if name in _deprecated:
        return _deprecated[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["zeta", "new_name", "alpha"] + list(_deprecated)
'''
m = types.ModuleType("pep562mod")
exec(src, m.__dict__)
sys.modules["pep562mod"] = m

print(m.old_name, m.other, m.new_name)
print(getattr(m, "other", None), getattr(m, "missing", "default"))
print(hasattr(m, "old_name"), hasattr(m, "nope"))
try:
    m.nope
except AttributeError as e:
    print("AttributeError:", e)
print(dir(m))
print(sorted(m.__dir__()) == dir(m))

from pep562mod import old_name
print(old_name)
try:
    from pep562mod import nope
except ImportError as e:
    print("ImportError:", e)

# __dir__ returning a tuple / generator
m2 = types.ModuleType("m2")
m2.__dir__ = lambda: ("b", "a", "c")
print(dir(m2))
m3 = types.ModuleType("m3")
m3.__dir__ = lambda: (x for x in ["q", "p"])
print(dir(m3))

# __dir__ raising propagates
m4 = types.ModuleType("m4")
def bad():
    raise ValueError("no dir")
m4.__dir__ = bad
try:
    dir(m4)
except ValueError as e:
    print("ValueError:", e)

# a module without __dir__: normal listing
m5 = types.ModuleType("m5", "doc")
m5.x = 1
print(dir(m5))

# __getattr__ not used for attributes that exist
m6 = types.ModuleType("m6")
m6.y = 5
m6.__getattr__ = lambda name: "fallback:" + name
print(m6.y, m6.zz, getattr(m6, "__something__"))
