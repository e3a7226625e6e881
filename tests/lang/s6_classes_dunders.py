# classes with dunders, inheritance, super, properties, descriptors
import functools

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self):
        yield self.x; yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self): return 2
    def __format__(self, spec):
        if spec.endswith("p"):
            return f"({format(self.x, spec[:-1])}; {format(self.y, spec[:-1])})"
        return str(self)

v = Vector(3, 4)
w = Vector(1.5, -2)
print(v, repr(w), v + w, 2 * v, v * 3, -v, abs(v))
print(sum([v, w, Vector(0, 0)]))
print(bool(Vector(0, 0)), bool(v), len(v), list(v), v[-1], v[0:1])
print(f"{v:.2fp}", f"{w:>6p}", format(v, ""), "{:p}".format(w))
print(v == Vector(3, 4), v != Vector(3, 4), v == (3, 4), {v: 1}[Vector(3, 4)])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    1 - v
except TypeError as e:
    print("TypeError:", e)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.0", "0.9.9", "2"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.2") <= Version("1.2"), Version("1.3") >= Version("1.20"), Version("3") > Version("2.9"))

class Base:
    count = 0
    def __init__(self, name):
        self.name = name
        Base.count += 1
    def describe(self):
        return f"{type(self).__name__}({self.name})"
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag or cls.__name__.lower()

class Mid(Base, tag="middle"):
    def describe(self):
        return "Mid:" + super().describe()

class Leaf(Mid):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    def describe(self):
        return "Leaf:" + super().describe() + f"+{self.extra}"

print(Leaf("a", 1).describe(), Mid("b").describe(), Base.count)
print(Mid.tag, Leaf.tag, [c.__name__ for c in Leaf.__mro__])
print(issubclass(Leaf, Base), isinstance(Leaf("x", 2), Mid), Leaf.__bases__, Leaf.__base__)

class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.mro()])
try:
    class E(A, D): pass
except TypeError as e:
    print("TypeError:", e)

class Temperature:
    def __init__(self, c=0.0): self._c = c
    @property
    def celsius(self):
        "temperature in C"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting"); del self._c
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
t.celsius = -40
print(t.fahrenheit)
try: t.celsius = -300
except ValueError as e: print("ValueError:", e)
try: t.fahrenheit = 3
except AttributeError as e: print("AttributeError:", e)
del t.celsius
try: t.celsius
except AttributeError as e: print("AttributeError:", e)

class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name; self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, val):
        if not isinstance(val, self.kind):
            raise TypeError(f"{self.owner}.{self.name[1:]} must be {self.kind.__name__}, got {type(val).__name__}")
        setattr(obj, self.name, val)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, n, a): self.name = n; self.age = a

p = Person("Ann", 31)
print(p.name, p.age, type(Person.name).__name__, sorted(vars(p)))
try: p.age = "old"
except TypeError as e: print("TypeError:", e)

class Lazy:
    def __init__(self, f): self.f = f; self.__doc__ = f.__doc__
    def __get__(self, obj, cls):
        if obj is None: return self
        val = self.f(obj); obj.__dict__[self.f.__name__] = val; return val

class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        "area"
        print("computing"); return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area, Circle.area.__doc__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.called = True
        return inst
    def __repr__(cls): return f"<class {cls.__name__} via Meta>"
class WithMeta(metaclass=Meta):
    def __init__(self, v): self.v = v
wm = WithMeta(5)
print(WithMeta, wm.v, wm.called, WithMeta.created_by, type(WithMeta).__name__)

class Container:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        if isinstance(k, slice): return ("slice", k.start, k.stop, k.step)
        return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __missing__(self, k): return "never"
    def __call__(self, *a, **kw): return (a, sorted(kw.items()))
cn = Container()
cn["a"] = 1; cn[1, 2] = "tuple"
print(cn["a"], cn[1, 2], cn[1:2], cn[::-1], "a" in cn, "b" in cn)
try: cn[1:2, 3]
except TypeError as e: print("TypeError:", e)
del cn["a"]
try: cn["a"]
except KeyError as e: print("KeyError:", e, repr(e))
print(cn(1, 2, z=3, a=4))

class Account:
    def __init__(self): self.__balance = 10
    def get(self): return self.__balance
acct = Account()
print(acct.get(), acct._Account__balance, hasattr(acct, "__balance"))

class Dyn:
    def __getattr__(self, name):
        if name.startswith("x_"): return name[2:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.x_hello, getattr(d, "nope", "default"), hasattr(d, "y"))
try: d.y
except AttributeError as e: print("AttributeError:", e)

class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is KeyError
with Ctx() as cx:
    raise KeyError("swallowed")
try:
    with Ctx():
        raise ValueError("passes")
except ValueError as e:
    print("caught", e)

class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Num(1)], bin(Num(5)), hex(Num(255)), range(Num(3)), "ab" * Num(2))
class Fl:
    def __float__(self): return 2.5
    def __int__(self): return 7
print(float(Fl()), int(Fl()))
import math
print(math.floor(2.5), round(Fl.__float__(None) if False else 2.5))
class Rnd:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 9
    def __floor__(self): return 1
    def __ceil__(self): return 2
print(round(Rnd()), round(Rnd(), 3), math.trunc(Rnd()), math.floor(Rnd()), math.ceil(Rnd()))
