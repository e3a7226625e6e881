# types.SimpleNamespace can be subclassed; in 3.11 it takes keyword arguments only.
from types import SimpleNamespace
import sys
class Config(SimpleNamespace):
    def get(self, k, d=None): return getattr(self, k, d)
c = Config(a=1, b="x")
print(c, c.get("a"), c.get("z", 0), isinstance(c, SimpleNamespace), c == SimpleNamespace(a=1, b="x"), vars(c))
c.z = 3; del c.a; print(c, repr(c), type(c).__mro__)
class Slotted(SimpleNamespace):
    __slots__ = ()
s = Slotted(q=1); print(s, s.q)
class WithInit(SimpleNamespace):
    def __init__(self, name, **kw):
        super().__init__(name=name.title(), **kw)
print(WithInit("bob", age=3), SimpleNamespace())
try: SimpleNamespace(1, 2)
except TypeError as e: print(e)
try: SimpleNamespace({"x": 1}, y=2)
except TypeError as e: print(e)
print(type(sys.implementation).__name__)
