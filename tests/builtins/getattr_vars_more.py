class C:
    cls_attr = 1
    def __init__(self): self.inst = 2
    def method(self): return 3
c = C()
print(getattr(c, "inst"), getattr(c, "cls_attr"), getattr(c, "method")(), getattr(c, "nope", None), hasattr(c, "method"), hasattr(C, "inst"))
setattr(c, "dyn", 4)
setattr(C, "cls_dyn", 5)
print(vars(c), c.cls_dyn, sorted(k for k in vars(C) if not k.startswith("__")))
delattr(C, "cls_dyn")
print(hasattr(c, "cls_dyn"))
setattr(c, "with space", 1)
print(getattr(c, "with space"), vars(c)["with space"])
import math
print(getattr(math, "pi"), hasattr(math, "tau"), getattr(__builtins__, "len", None) is len if not isinstance(__builtins__, dict) else True)
def f(): pass
f.custom = "attr on function"
print(vars(f), getattr(f, "__name__"))
try:
    vars()
    print(sorted(k for k in vars() if not k.startswith("__"))[:5])
except TypeError as e:
    print(e)
class NoDict:
    __slots__ = ()
try:
    vars(NoDict())
except TypeError as e:
    print("TypeError", e)
