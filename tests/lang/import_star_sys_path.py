import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "imp_path"))
import plain_mod
print(plain_mod.PLAIN, plain_mod.__name__)
sys.path.pop(0)
from imp_helper import *
print(VALUE, f())
import imp_pkg.mod_b as mb
print(mb.__all__)
ns = {}
exec("from imp_pkg.mod_b import *", ns)
print(sorted(k for k in ns if not k.startswith("__")))
import importlib
m = importlib.import_module("imp_helper")
m.VALUE = 7
m2 = importlib.reload(m)
print(m2.VALUE, m2 is m)
print(sys.modules["imp_pkg.sub"].__name__, hasattr(sys.modules["imp_pkg"], "sub"))
