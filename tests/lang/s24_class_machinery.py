# Class machinery: __prepare__ and metaclass __call__/__instancecheck__, __mro_entries__,
# __getattribute__/__getattr__, super() in lambdas/classmethods/properties/staticmethods,
# data and non-data descriptors, __slots__ with __dict__, __class_getitem__,
# __init_subclass__, __set_name__ and class-creation errors.
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"_order": []}
    def __new__(mcls, name, bases, ns, **kw):
        ns["_order"] = [k for k in ns if not k.startswith("_")]
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__, a)
        return super().__call__(*a, **k)
    def __instancecheck__(cls, obj):
        return hasattr(obj, "zeta") or type.__instancecheck__(cls, obj)
class Rec(metaclass=OrderedMeta, flavour="x"):
    zeta = 1
    alpha = 2
    def mid(self): pass
print(Rec._order, isinstance(3, Rec), isinstance(Rec(), Rec), isinstance(type("Z", (), {"zeta": 0})(), Rec))
class Proxyish:
    def __mro_entries__(self, bases):
        return (dict,)
class FromProxy(Proxyish()):
    pass
print(FromProxy.__mro__, FromProxy.__orig_bases__[0].__class__.__name__)
class Logged:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"hidden: {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"<default {name}>"
    secret_key = 1
    visible = 2
lg = Logged()
print(lg.visible, lg.secret_key, lg.other, getattr(lg, "secret_x", "fallback"), hasattr(lg, "secret_key"))
class Base:
    def who(self): return "Base"
    @classmethod
    def make(cls): return f"make {cls.__name__}"
    @property
    def p(self): return "base-p"
class Mid(Base):
    def who(self): return "Mid>" + super().who()
    @classmethod
    def make(cls): return "mid " + super().make()
    @property
    def p(self): return "mid(" + super().p + ")"
class Leaf(Mid):
    def who(self):
        f = lambda: super(Leaf, self).who()
        return "Leaf>" + f()
    @staticmethod
    def st(): return super(Leaf, Leaf).make()
print(Leaf().who(), Leaf.make(), Leaf().p, Leaf.st(), super(Mid, Leaf()).who())
class Desc:
    def __get__(self, o, t=None): return ("get", o is None)
    def __set__(self, o, v): print("set", v)
    def __delete__(self, o): print("delete")
class HasD:
    d = Desc()
h = HasD()
print(h.d, HasD.d); h.d = 5; del h.d
h.__dict__["d"] = "shadow"; print(h.d)
class NonData:
    def __get__(self, o, t=None): return "nondata"
class HasN:
    n = NonData()
hn = HasN(); print(hn.n); hn.n = "inst"; print(hn.n, HasN.n)
class Slotted:
    __slots__ = ("a", "__dict__")
s = Slotted(); s.a = 1; s.b = 2; print(s.a, s.__dict__, Slotted.a.__class__.__name__)
try:
    Slotted().a
except AttributeError as e:
    print("AttributeError", e)
class Gen:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen["x"], Gen[1, 2])
class Sub:
    subs = []
    def __init_subclass__(cls, /, tag="none", **kw):
        super().__init_subclass__(**kw)
        Sub.subs.append((cls.__name__, tag))
class A1(Sub, tag="a"): pass
class A2(A1): pass
print(Sub.subs)
try:
    class Bad(Sub, nope=1): pass
except TypeError as e:
    print("TypeError", e)
class Named:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class Owner:
    first = Named()
    second = Named()
try:
    class Conflict(int, str): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Cyc(Base, Mid): pass
except TypeError as e:
    print("TypeError", e)
print(type.__call__(Base).who(), type(Base)("Dyn", (Base,), {"x": 1}).__mro__)
