from . import mod_a
from .mod_a import A_CONST as C
from .sub import deep
def fb(): return "fb uses " + mod_a.fa() + str(C) + deep.D
__all__ = ["fb"]
def hidden(): pass
