# Built-in objects stored as class attributes: those whose type has __get__ (super,
# method/slot-wrapper/classmethod descriptors, getset descriptors, classmethod and
# staticmethod, functools.partialmethod) are bound through it on instance access, with
# CPython's type checks; built-in functions (len) have no __get__ and stay unbound.
import functools
import operator
import types


class Base:
    def who(self):
        return "Base.who"

    @classmethod
    def make(cls):
        return "Base.make " + cls.__name__


class Mid(Base):
    def who(self):
        return "Mid.who"


class K:
    def meth(self, *args):
        return ("K.meth", type(self).__name__) + args


class X(Mid):
    up = super(Mid)
    ln = len
    ab = abs
    sm_len = staticmethod(len)
    cm_len = classmethod(len)
    cm_fromkeys = classmethod(dict.fromkeys)
    sm_fromkeys = staticmethod(dict.fromkeys)
    bm = K().meth
    cm_bm = classmethod(K().meth)
    pm = functools.partialmethod(lambda self, a, b: (type(self).__name__, a, b), 1)
    pm_len = functools.partialmethod(len)
    part = functools.partial(max, 3)
    ig = operator.itemgetter(0)
    cp = functools.cached_property(lambda self: "cached " + type(self).__name__)
    md = str.upper
    wd = int.__add__
    cmd = dict.__dict__["fromkeys"]
    gs = types.FunctionType.__dict__["__name__"]
    orep = object.__repr__


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    else:
        if callable(r) and not isinstance(r, type):
            r = type(r).__name__
        elif isinstance(r, str) and " at 0x" in r:
            r = r.split(" at 0x")[0]
    print(f"{label:14} {r}")


x = X()
show("up", lambda: type(x.up).__name__)
show("up.who", lambda: x.up.who())
show("up.make", lambda: x.up.make())
show("X.up", lambda: X.up)
show("ln", lambda: x.ln("abc"))
show("X.ln", lambda: X.ln("ab"))
show("ab", lambda: x.ab(-4))
show("sm_len", lambda: x.sm_len("abcd"))
show("X.sm_len", lambda: X.sm_len("a"))
show("cm_len", lambda: x.cm_len())
show("cm_fromkeys", lambda: x.cm_fromkeys("ab"))
show("sm_fromkeys", lambda: x.sm_fromkeys("ab", 0))
show("bm", lambda: x.bm())
show("bm is", lambda: x.bm is X.bm)
show("cm_bm", lambda: x.cm_bm())
show("pm", lambda: x.pm(2))
show("X.pm", lambda: X.pm)
show("pm_len", lambda: x.pm_len())
show("part", lambda: x.part(1))
show("ig", lambda: x.ig("xyz"))
show("cp", lambda: x.cp)
show("md", lambda: x.md)
show("md()", lambda: x.md())
show("X.md", lambda: X.md)
show("X.md(s)", lambda: X.md("abc"))
show("wd", lambda: x.wd)
show("wd(1)", lambda: x.wd(1))
show("X.wd", lambda: X.wd(2, 3))
show("cmd", lambda: x.cmd("ab"))
show("X.cmd", lambda: X.cmd("ab"))
show("gs", lambda: x.gs)
show("X.gs", lambda: X.gs)
show("orep", lambda: x.orep())
show("getattr md", lambda: getattr(x, "md"))

# The descriptors' __get__ called directly.
d = X.__dict__
show("get md", lambda: d["md"].__get__(x))
show("get md str", lambda: d["md"].__get__("abc")())
show("get md None", lambda: d["md"].__get__(None, X))
show("get md None2", lambda: d["md"].__get__(None, None))
show("get wd", lambda: d["wd"].__get__(x))
show("get wd int", lambda: d["wd"].__get__(5)(6))
show("get cmd", lambda: d["cmd"].__get__(x))
show("get cmd X", lambda: d["cmd"].__get__(None, X))
show("get cmd dict", lambda: d["cmd"].__get__(None, dict)("a"))
show("get cmd 5", lambda: d["cmd"].__get__(None, 5))
show("get cmd None", lambda: d["cmd"].__get__(None))
show("get cmd obj", lambda: d["cmd"].__get__({}, None)("b"))
show("get gs", lambda: d["gs"].__get__(x))
show("get gs fn", lambda: d["gs"].__get__(show))
show("get up", lambda: d["up"].__get__(x).who())
show("get up None", lambda: d["up"].__get__(None, X))
show("bound super", lambda: super(Mid, x).__get__(5).who())


# Subclass instances pass the checks.
class S(str):
    shout = str.upper


class D(dict):
    fk = dict.__dict__["fromkeys"]


show("S.shout", lambda: S("hey").shout())
show("D.fk", lambda: D.fk("xy"))
show("D().fk", lambda: type(D().fk("xy")).__name__)

# Which types have __get__ (CPython: bound methods and built-in functions do not).
for name, obj in [
    ("function", show),
    ("builtin", len),
    ("method", K().meth),
    ("method_descriptor", str.upper),
    ("wrapper_descriptor", int.__add__),
    ("method-wrapper", (1).__add__),
    ("super", super(Mid)),
    ("partial", functools.partial(len)),
    ("partialmethod", functools.partialmethod(len)),
    ("itemgetter", operator.itemgetter(0)),
]:
    print(f"{name:20} {hasattr(type(obj), '__get__')}")
