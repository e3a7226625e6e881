class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self):
        "celsius"
        return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self):
        print("deleting")
        self._c = None
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp()
t.c = 100
print(t.c, t.f, Temp.c.__doc__, type(Temp.c).__name__)
try:
    t.c = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.f = 1
except AttributeError as e:
    print("AttributeError", e)
del t.c
print(t.c)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access " + self.name
        return "get " + self.name + " " + str(obj.__dict__.get(self.name))
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 10
    def __delete__(self, obj):
        print("delete", self.name)
class U:
    d = Desc()
u = U()
print(U.d, u.d)
u.d = 4
print(u.d)
del u.d
class NonData:
    def __get__(self, obj, t=None): return "nondata"
class V:
    nd = NonData()
v = V()
print(v.nd)
v.__dict__["nd"] = "instance wins"
print(v.nd)
class Cls:
    @staticmethod
    def st(x): return x + 1
    @classmethod
    def cm(cls, x): return cls.__name__, x
class Sub(Cls): pass
print(Cls.st(1), Cls().st(2), Cls.cm(3), Sub.cm(4), Sub().cm(5))
print(type(Cls.__dict__["st"]).__name__, type(Cls.__dict__["cm"]).__name__)
p = property(lambda self: 42)
class W: x = p
print(W().x, p.fget is not None, p.fset)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, t):
        val = self.f(obj)
        setattr(obj, self.f.__name__, val)
        return val
class Y:
    @Lazy
    def expensive(self):
        print("computing")
        return 99
y = Y()
print(y.expensive, y.expensive)
