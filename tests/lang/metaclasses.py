class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = "Meta"
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
    def __repr__(cls):
        return "<class via Meta " + cls.__name__ + ">"
class A(metaclass=Meta, flag=1):
    def __init__(self, x): self.x = x
a = A(5)
print(a.x, A.created_by, type(A).__name__, repr(A))
class B(A): pass
print(type(B).__name__, B.created_by)
Dyn = type("Dyn", (object,), {"v": 3, "m": lambda self: self.v * 2})
print(Dyn().m(), Dyn.__name__, type(Dyn) is type)
class Sing(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class One(metaclass=Sing): pass
print(One() is One())
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 1}
class P(metaclass=Prep): pass
print(P.injected)
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class S1(Base, tag="one"): pass
class S2(Base): pass
print(Base.subs, S1.tag, S2.tag)
class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G["x"], list[int], dict[str, int])
print(type(list[int]).__name__)
print(isinstance(A, type), isinstance(a, Meta))
class Abstractish(type):
    def __instancecheck__(cls, inst): return inst == 42
class Checker(metaclass=Abstractish): pass
print(isinstance(42, Checker), isinstance(1, Checker))
t = type(5)
print(t, t.__name__)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError", e)
