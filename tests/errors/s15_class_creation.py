# type() and class statements: the checks and error messages of class creation
# (metaclass conflicts, bases, MRO, __slots__, __init_subclass__, __qualname__),
# abstract classes, attribute hooks, instance/subclass checks.
import abc
def t(label, f):
    try: r = f()
    except Exception as e: r = f"{type(e).__name__}: {e}"
    print(f"{label:14} {r}")
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
t("meta conflict", lambda: type("C", (A, B), {}))
t("type kw", lambda: type("C", (), {}, x=1))
t("type 2", lambda: type("C", ()))
t("bad base", lambda: type("C", (5,), {}))
t("dup base", lambda: type("C", (A, A), {}))
class X: pass
class Y(X): pass
t("mro", lambda: type("C", (X, Y), {}))
t("init_sub kw", lambda: type("C", (X,), {}, foo=1))
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
t("abstract", lambda: Ab())
class Half(Ab):
    def f(self): pass
t("abstract2", lambda: Half())
class Ga:
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return f"fallback {name}"
    x = 1
g = Ga(); t("getattribute", lambda: (g.x, g.secret, g.other))
class Sa:
    def __setattr__(self, name, value):
        print("  setattr", name, value); super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name): print("  delattr", name); object.__delattr__(self, name)
sa = Sa(); sa.a = "x"; del sa.a; t("after del", lambda: sa.a)
class Call:
    def __call__(self, *a, **k): return a, k
t("call", lambda: Call()(1, k=2))
class Even(type):
    def __instancecheck__(cls, x): return isinstance(x, int) and x % 2 == 0
    def __subclasscheck__(cls, sub): return sub is bool
class EvenT(metaclass=Even): pass
t("instcheck", lambda: (isinstance(4, EvenT), isinstance(3, EvenT), issubclass(bool, EvenT), issubclass(int, EvenT)))
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C): return True if hasattr(C, "quack") else NotImplemented
class Duck:
    def quack(self): pass
t("hook", lambda: (issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook)))
class Desc:
    def __get__(self, obj, typ): return ("get", obj is None, typ.__name__)
class HasD:
    d = Desc()
t("desc", lambda: (HasD.d, HasD().d))
class SD:
    __slots__ = ("a", "__dict__")
sd = SD(); sd.a = 1; sd.b = 2; t("slots+dict", lambda: (sd.a, sd.__dict__))
t("slots conflict", lambda: type("C", (), {"__slots__": ("x",), "x": 1}))
t("slots bad", lambda: type("C", (), {"__slots__": (1,)}))
class Base:
    def __init_subclass__(cls, /, required, **kw):
        super().__init_subclass__(**kw); cls.req = required
t("init_sub missing", lambda: type("C", (Base,), {}))
t("init_sub ok", lambda: type("C", (Base,), {}, required=5).req)
class Fin:
    def __init_subclass__(cls): raise TypeError(f"cannot subclass {cls.__name__}")
t("final", lambda: type("Sub", (Fin,), {}))
t("new ret", lambda: type("NR", (), {"__new__": lambda cls: 5})())
class InitRet:
    def __init__(self): return 5
t("init ret", lambda: InitRet())
class NoInit:
    def __new__(cls, *a): return object.__new__(cls)
t("new args", lambda: type(NoInit(1, 2)).__name__)
t("object args", lambda: X(1))
class OnlyInit:
    def __init__(self, a): self.a = a
t("init missing", lambda: OnlyInit())
t("str sub", lambda: type("S", (str,), {})("abc").upper())
t("int sub bad", lambda: type("I", (int,), {"__slots__": ("x",)}))
t("bool sub", lambda: type("B", (bool,), {}))
t("qualname", lambda: type("Q", (), {"__qualname__": "Outer.Q"}).__qualname__)
t("qualname bad", lambda: type("Q", (), {"__qualname__": 5}))
t("set name", lambda: setattr(X, "__name__", 5))
t("set mro", lambda: setattr(X, "__mro__", ()))
