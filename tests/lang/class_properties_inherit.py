class Base:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val
class Child(Base):
    @Base.v.getter
    def v(self): return self._v * 100
c = Child()
c.v = 3
print(c.v, Base.v is not Child.v)
class RO(Base):
    v = property(Base.v.fget)
r = RO()
try:
    r.v = 5
except AttributeError as e:
    print("AttributeError", e)
class Lazy:
    def __init__(self): self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, l.calls)
class Validated:
    def __init__(self, age): self.age = age
    @property
    def age(self): return self._age
    @age.setter
    def age(self, v):
        if not isinstance(v, int): raise TypeError("age must be int")
        if v < 0: raise ValueError("age must be >= 0")
        self._age = v
for v in [5, -1, "x"]:
    try:
        print(Validated(v).age)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Deleter:
    @property
    def x(self): return "x"
try:
    del Deleter().x
except AttributeError as e:
    print("AttributeError", e)
p = property(doc="just doc")
print(p.__doc__, p.fget, p.fset, p.fdel)
class UsesGetterName:
    def get_x(self): return 5
    x = property(get_x, doc="X prop")
print(UsesGetterName().x, UsesGetterName.x.__doc__)
