# class decorators, __set_name__, __init_subclass__ with keyword arguments
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return deco
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@register("point")
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), Point.registered_as, registry["point"] is Point)

class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
class Record:
    a = Field(1)
    b = Field("x")
r = Record()
r.b = "set"
print(Record._fields, r.a, r.b, type(Record.a).__name__)

class Plugin:
    plugins = []
    def __init_subclass__(cls, /, kind="generic", priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        cls.priority = priority
        Plugin.plugins.append((cls.__name__, kind, priority))
class A(Plugin, kind="audio", priority=2): pass
class B(Plugin): pass
class C(A, priority=5): pass
print(Plugin.plugins, C.kind)
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError", e)

def late_set_name():
    f = Field()
    class Z: pass
    Z.f = f
    print(hasattr(f, "name"))
late_set_name()

def deco_returns_other(cls):
    return 42
@deco_returns_other
class Gone: pass
print(Gone)
