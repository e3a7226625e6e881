from .models import Product
from . import util
__all__ = ["Product", "VERSION"]
VERSION = "1.0"
print("init conf_shop", __name__, __package__)
