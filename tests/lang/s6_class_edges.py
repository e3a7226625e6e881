# class machinery edges and their messages
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
class NoInit: pass
attempt("args to plain class", lambda: NoInit(1))
attempt("kwargs to plain class", lambda: NoInit(a=1))
class InitRet:
    def __init__(self): return 5
attempt("__init__ returns", lambda: InitRet())
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
attempt("__new__ returns other", lambda: NewOther())
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class B1(metaclass=M2): pass
attempt("metaclass conflict", lambda: type("C", (A1, B1), {}))
attempt("type 1 arg", lambda: type(1).__name__)
attempt("type 2 args", lambda: type("X", ()))
attempt("type bad bases", lambda: type("X", (1,), {}))
attempt("type bad dict", lambda: type("X", (), []))
attempt("subclass bool", lambda: type("B", (bool,), {}))
attempt("subclass final", lambda: type("F", (type(None),), {}))
attempt("dup base", lambda: type("D", (int, int), {}))
attempt("layout conflict", lambda: type("L", (int, str), {}))
class S1:
    __slots__ = ("a",)
attempt("slots conflict", lambda: type("S2", (), {"__slots__": ("a",), "a": 1}))
attempt("slots dup dict", lambda: type("S3", (), {"__slots__": ("__dict__", "__dict__")}))
attempt("slots bad name", lambda: type("S4", (), {"__slots__": ("1a",)}))
attempt("slot unset", lambda: S1().a)
s1 = S1(); s1.a = 5
attempt("slot del twice", lambda: (delattr(s1, "a"), delattr(s1, "a")))
attempt("super no args outside", lambda: super())
class P:
    def m(self): return "P.m"
class Q(P):
    def m(self): return "Q>" + super().m()
    @classmethod
    def c(cls): return super().m
    @staticmethod
    def s(): return super().m()
attempt("super in classmethod", lambda: Q.c().__name__)
attempt("super in staticmethod", lambda: Q.s())
attempt("super(Q, 1)", lambda: super(Q, 1))
attempt("super(1, Q())", lambda: super(1, Q()))
attempt("super(Q, Q()).m()", lambda: super(Q, Q()).m())
attempt("super(P, Q()).m", lambda: super(P, Q()).m())
attempt("super repr", lambda: repr(super(Q, Q()))[:30])
class Init(object):
    def __init_subclass__(cls, /, flag=False, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class Sub1(Init, flag=True): pass
print("flag", Sub1.flag)
attempt("bad subclass kw", lambda: type("Sub2", (Init,), {}, flag=1, other=2))
attempt("object subclass kw", lambda: type("Sub3", (), {}, x=1))
class Desc:
    def __set_name__(self, owner, name): raise ValueError("nope " + name)
attempt("set_name raises", lambda: type("WithDesc", (), {"d": Desc()}))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == "yes"
    def __subclasscheck__(cls, sub): return sub is int
    def __getattr__(cls, name): return f"meta:{name}"
    def __len__(cls): return 7
    def __iter__(cls): return iter("ab")
class Magic(metaclass=Meta): pass
print(isinstance("yes", Magic), isinstance("no", Magic), issubclass(int, Magic), issubclass(str, Magic), Magic.anything, len(Magic), list(Magic))
class Entries:
    def __mro_entries__(self, bases): return (dict,)
class FromEntries(Entries()): pass
print(FromEntries.__bases__, FromEntries.__orig_bases__[0].__class__.__name__, FromEntries(a=1))
class Outer:
    class Inner:
        def meth(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer().f().__qualname__, Outer.Inner.__name__, Outer.__module__)
class Ann:
    x: int
    y: "str" = "d"
    def f(self, a: int, b: "list[int]" = None) -> bool: ...
print(Ann.__annotations__, Ann.f.__annotations__, hasattr(Ann, "x"), Ann.y)
class LS(list):
    def __init__(self, *a, scale=1):
        super().__init__(x * scale for x in a)
print(LS(1, 2, scale=3), LS(), type(LS(1)[:]).__name__, LS(1) + LS(2))
class DS(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = DS(a=1); d["b"] = 2; d.update(c=3); print(d, dict.fromkeys.__func__ if False else DS.fromkeys("x", 1), type(DS.fromkeys("x")).__name__)
class Prop:
    @property
    def p(self): "the doc"; return 1
attempt("property delete", lambda: delattr(Prop(), "p"))
attempt("property call", lambda: Prop.p(Prop()))
print(Prop.p.__doc__, Prop.p.fget.__name__, type(Prop.__dict__["p"]).__name__, Prop.p.setter(lambda s, v: None).fset is not None)
class CM:
    @classmethod
    @property
    def cp(cls): return cls.__name__
print(CM.cp)
class Eq:
    def __eq__(self, o): return True
print(Eq.__hash__, Eq() in [1], [1].count(Eq()), {1: 2}.get(Eq(), "miss"))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1)]), max(OnlyLt(1), OnlyLt(2)), OnlyLt(2) > OnlyLt(1))
attempt("only lt <=", lambda: OnlyLt(1) <= OnlyLt(2))
attempt("instance call", lambda: OnlyLt(1)())
attempt("class getitem", lambda: OnlyLt[int])
attempt("abstract via attr", lambda: type("AbsX", (), {"__abstractmethods__": frozenset({"m"})})())
