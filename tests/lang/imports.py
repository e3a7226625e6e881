import sys
import os.path
print(type(os.path).__name__, "os" in sys.modules, "os.path" in sys.modules)
import imp_helper
print(imp_helper.VALUE, imp_helper.f(), imp_helper.__name__)
import imp_helper as h2
print(h2 is imp_helper)
from imp_helper import VALUE, f as ff
print(VALUE, ff())
import imp_pkg
print(imp_pkg.PKG_VAL, imp_pkg.fa(), imp_pkg.__name__, imp_pkg.__package__)
import imp_pkg.mod_b
print(imp_pkg.mod_b.fb(), imp_pkg.mod_b.__package__)
from imp_pkg.mod_b import *
print(fb(), "hidden" in dir())
from imp_pkg.sub.deep import D
print(D)
import imp_pkg.sub.deep as dp
print(dp.D, dp.__name__)
print(__name__, __package__ if __package__ else None)
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from imp_helper import nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from imp_pkg import nothing2
except ImportError as e:
    print(type(e).__name__, e)
try:
    import imp_pkg.nonexistent
except ModuleNotFoundError as e:
    print(e)
m = __import__("imp_helper")
print(m.VALUE)
import importlib
m2 = importlib.import_module("imp_pkg.mod_a")
print(m2.A_CONST)
def local_import():
    import json
    return json.dumps([1])
print(local_import(), "json" in dir())
print(sys.modules["imp_helper"] is imp_helper)
print(os.path.basename(imp_helper.__file__))
