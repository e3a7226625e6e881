class Plain: pass
class Slotted:
    __slots__ = ("a",)
class WithProp:
    @property
    def ro(self): return 1
objs = [(1, "x"), ("s", "upperr"), ([], "push"), ({}, "has_key"), (None, "anything"), (Plain(), "missing"), (Plain, "missing"),
        (Slotted(), "a"), (Slotted(), "b"), (len, "x"), (int, "foo"), (WithProp(), "nothere"), (type, "zz"), (3.5, "numerator")]
for o, name in objs:
    try:
        getattr(o, name)
        print("found", name)
    except AttributeError as e:
        print("AttributeError:", e)
sets = [(1, "x"), ("s", "y"), (Slotted(), "b"), (WithProp(), "ro"), (None, "a"), ([], "append"), (object(), "q")]
for o, name in sets:
    try:
        setattr(o, name, 1)
        print("set", name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    del WithProp().ro
except AttributeError as e:
    print("AttributeError:", e)
import math
try:
    math.nothing
except AttributeError as e:
    print("AttributeError:", e)
