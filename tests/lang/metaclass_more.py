class Registry(type):
    classes = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.classes[name.lower()] = cls
        return cls
class Base(metaclass=Registry): pass
class Alpha(Base): pass
class Beta(Base): pass
print(sorted(Registry.classes), type(Alpha).__name__)
class AttrCheck(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        missing = [a for a in getattr(cls, "required", ()) if a not in ns]
        if missing and bases:
            raise TypeError(f"{name} missing {missing}")
class Iface(metaclass=AttrCheck):
    required = ("run",)
class Ok(Iface):
    def run(self): pass
try:
    class NotOk(Iface):
        pass
except TypeError as e:
    print("TypeError", e)
class Meta(type):
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __len__(cls): return 7
    def __iter__(cls): return iter(range(3))
    @property
    def doubled(cls): return cls.val * 2
class WithMeta(metaclass=Meta):
    val = 21
print(WithMeta["x"], len(WithMeta), list(WithMeta), WithMeta.doubled)
try:
    WithMeta().doubled
except AttributeError as e:
    print("AttributeError", e)
def make_class(n):
    return type(f"Gen{n}", (), {"n": n, "__repr__": lambda self: f"<Gen{self.n}>"})
print([make_class(i)() for i in range(3)])
C = type("C", (dict,), {"extra": lambda self: len(self)})
c = C(a=1)
print(c, c.extra(), C.__mro__)
print(type.__call__(int, "5"), type(int).__name__, int.__class__.__class__ is type)
class M2(type):
    def mro(cls):
        return [cls, object]
class Odd(dict, metaclass=M2): pass
print([k.__name__ for k in Odd.__mro__])
