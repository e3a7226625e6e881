# class body scoping, __qualname__, __module__, __prepare__-free namespace details
class Outer:
    x = 1
    class Inner:
        def method(self): pass
    y = x + 1
    items = [x for _ in range(2)] if False else None
    def f(self): return __class__
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.y, Outer.__module__)
print(Outer().f() is Outer)
def make():
    class Local:
        def m(self): pass
    return Local
L = make()
print(L.__qualname__, L.m.__qualname__)
class WithDoc:
    "the doc"
print(WithDoc.__doc__, Outer.__doc__)
class Counter:
    n = 0
    def __init__(self):
        Counter.n += 1
        self.n = Counter.n * 10
c1, c2 = Counter(), Counter()
print(Counter.n, c1.n, c2.n)
class Base:
    def who(self): return "Base"
    def call(self): return self.who()
class Derived(Base):
    def who(self): return "Derived"
print(Derived().call(), Base.call(Derived()), super(Derived, Derived()).who())
class Mangle:
    __secret = 1
    def get(self): return self.__secret
print(Mangle().get(), hasattr(Mangle, "_Mangle__secret"), hasattr(Mangle, "__secret"))
class Attrs:
    a = 1
print(sorted(k for k in vars(Attrs) if not k.startswith("__")), "a" in dir(Attrs()))
Attrs.b = 2
del Attrs.a
print(hasattr(Attrs, "a"), Attrs.b)
class Slots:
    __slots__ = ("p",)
s = Slots()
try:
    s.q = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    s.p
except AttributeError as e:
    print("AttributeError", e)
print(type(Outer).__name__, type(Outer.__dict__).__name__, isinstance(Outer, type))
