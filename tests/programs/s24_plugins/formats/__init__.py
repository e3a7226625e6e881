from .. import LOADED
from . import csvfmt, jsonish

LOADED.append(__name__)
__all__ = ["csvfmt", "jsonish"]
