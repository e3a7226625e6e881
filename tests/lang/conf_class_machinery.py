class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        if not isinstance(v, int): raise TypeError(f"{self.name[1:]} must be int, got {type(v).__name__}")
        setattr(obj, self.name, v)
class Registry(type):
    classes = {}
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"created_by": mcls.__name__}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("making", cls.__name__)
        return super().__call__(*a, **k)
    def __repr__(cls): return f"<class {cls.__name__} via Registry>"
class Model(metaclass=Registry, flavor="x"):
    id = Field()
    def __init_subclass__(cls, table=None, **kw):
        super().__init_subclass__(**kw)
        cls.table = table or cls.__name__.lower()
class User(Model, table="users"):
    age = Field()
u = User(); u.id = 5; u.age = 30
print(u.id, u.age, User.table, User.created_by, Registry.classes, type(User.id).__name__, type(User))
try:
    u.age = "old"
except TypeError as e:
    print(e)
try:
    class Bad(Model, nonsense=1): pass
except TypeError as e:
    print(e)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
    @property
    def ro(self): return 1
    @property
    def wo(self): raise AttributeError("custom")
p = P(); p.x = 3; print(p.x)
for f in [lambda: setattr(p, "ro", 2), lambda: delattr(p, "ro"), lambda: p.wo, lambda: P.x.fget(p), lambda: callable(P.ro.setter)]:
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError:", e)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
for f in [lambda: s.b, lambda: setattr(s, "c", 1), lambda: s.__dict__, lambda: S.a, lambda: delattr(s, "b")]:
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError:", e)
try:
    class S2:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(e)
class Base:
    @classmethod
    def make(cls): return cls()
    def who(self): return "Base"
class Kid(Base):
    @classmethod
    def make(cls):
        obj = super().make(); obj.tag = "kid"; return obj
    def who(self): return "Kid<" + super().who() + ">"
k = Kid.make(); print(type(k).__name__, k.tag, k.who())
class G:
    def __class_getitem__(cls, item): return f"G[{item!r}]"
print(G[int], G["x", 1])
class Meta2(type):
    def __instancecheck__(cls, obj): return obj == 42
    def __subclasscheck__(cls, sub): return sub is int
class Magic(metaclass=Meta2): pass
print(isinstance(42, Magic), isinstance(1, Magic), issubclass(int, Magic), issubclass(str, Magic))
class D(dict):
    def __missing__(self, k): return k * 2
print(D()["ab"], D(a=1)["a"], D().get("zz"))
class L(list):
    def append(self, x): super().append(x * 10)
l = L([1]); l.append(2); l += [3]; print(l, type(l + [1]).__name__, type(l[:1]).__name__, l.copy().__class__.__name__)
class Str(str):
    def shout(self): return self.upper() + "!"
s2 = Str("hi"); print(s2.shout(), type(s2 + "x").__name__, type(s2.upper()).__name__, repr(s2), s2 == "hi", {s2: 1}["hi"])
class Num(int):
    def __repr__(self): return f"Num({int(self)})"
n = Num(5); print(n, repr(n), n + 1, type(n + 1).__name__, -n, type(abs(n)).__name__, f"{n:03d}", str(n), "%d" % n, "%r" % n)
print(Registry.__mro__, Model.__mro__, User.__bases__, User.__name__, User.__qualname__, User.__module__)
print(type.__name__, type(type), type(object), object.__bases__, type.__bases__, isinstance(type, object), isinstance(object, type))
try:
    class X(metaclass=5): pass
except TypeError as e:
    print(e)
try:
    User.__name__ = 5
except TypeError as e:
    print(e)
User.__name__ = "Person"; print(User, User.__qualname__)
class A: pass
try:
    A.__qualname__ = 3
except TypeError as e:
    print(e)
try:
    class B:
        __slots__ = ('a', 1)
except TypeError as e:
    print(e)
