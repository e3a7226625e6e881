class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = "meta"
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Registry>"
    def __len__(cls):
        return len(cls.__dict__)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"prepared": True}

class Base(metaclass=Registry, flavor="x"):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    tag = "custom"
c = Child(5)
print(Registry.classes, c.v, c.created_by, Child.tag, Base.tag, Child.kw, Base.kw, Child.prepared)
print(repr(Child), type(Child).__name__, isinstance(Child, Registry))

class Plugin:
    plugins = {}
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key or cls.__name__
        Plugin.plugins[cls.key] = cls
class A(Plugin, key="a"): pass
class B(Plugin): pass
class C(B, key="c"): pass
print(sorted(Plugin.plugins), C.key, B.key)
try:
    class D(Plugin, bogus=1): pass
except TypeError as e:
    print("TypeError", e)

class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.public)
        delattr(obj, self.name)

class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, q, p):
        self.qty, self.price = q, p
    @property
    def total(self):
        return self.qty * self.price
o = Order(3, 4)
print(o.total, vars(o), Order.qty.name)
try:
    o.price = -1
except ValueError as e:
    print(e)
del o.qty
print(o.qty)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None: return self
        val = self.fn(obj)
        obj.__dict__[self.fn.__name__] = val
        return val
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r ** 2
ci = Circle(2)
print(ci.area, ci.area)

Dyn = type("Dyn", (Order,), {"extra": lambda self: self.total * 2, "__repr__": lambda self: "Dyn!"})
d = Dyn(2, 5)
print(d.extra(), d, Dyn.__bases__, Dyn.__name__, Dyn.__qualname__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self, x): self.x = x
print(Config(1).x, Config(2).x, Config(1) is Config(3))

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec): return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)): return Vec(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __iadd__(self, o):
        print("iadd")
        self.x += o.x; self.y += o.y
        return self
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    def __rmul__(self, k): return self * k
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __bool__(self): return bool(self.x or self.y)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
v = Vec(1, 2)
w = v
v += Vec(1, 1)
print(v, w, v is w, 1 + v, v + 1.5, 3 * v, -v, abs(Vec(3, 4)), v @ v, bool(Vec(0, 0)), list(v), [*v], sum([v, v], Vec(0, 0)))
try:
    v + "s"
except TypeError as e:
    print(e)
try:
    "s" - v
except TypeError as e:
    print(e)
try:
    v.z = 1
except AttributeError as e:
    print(e)
print(Vec.__hash__, v != Vec(2, 3))
