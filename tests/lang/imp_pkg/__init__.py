print("imp_pkg init", __name__)
PKG_VAL = "pkg"
from .mod_a import fa
