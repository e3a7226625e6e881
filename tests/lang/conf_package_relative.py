import sys
import conf_shop
from conf_shop import *
from conf_shop.models.product import Product as P2
import conf_shop.util.money as money
print(Product("pen", 250), VERSION, P2 is Product, money.fmt(5))
print(sorted(k for k in sys.modules if k.startswith("conf_shop")))
print(conf_shop.models.product.__file__.endswith("product.py"), conf_shop.__path__[0].endswith("conf_shop"))
for mod in ("conf_shop.broken", "conf_shop.broken2", "conf_shop.nope", "nope.deeper", "conf_shop.util.money.x"):
    try:
        __import__(mod)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    from conf_shop import missing
except ImportError as e:
    print(e)
import importlib
m = importlib.import_module(".money", "conf_shop.util")
print(m.fmt(199))
print(__name__, __package__, __spec__)
sys.path.insert(0, "extra_dir")
