class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._t, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        delattr(self._t, name)
class T: pass
t = T(); p = Proxy(t)
p.x = 5; print(p.x, p.log); del p.x
try: p.x
except AttributeError as e: print("AttributeError:", e)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1); print(d["a"], d["zz"], d.get("zz"), "zz" in d, repr(d), type(d).__name__)
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx()], hex(Idx()))
class Money:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == "": return str(self)
        return format(self.c / 100, spec)
    def __str__(self): return f"${self.c / 100:.2f}"
print(f"{Money(12345):,.2f} {Money(5)} {Money(99):>10.1f}", format(Money(1)), "{:.3f}".format(Money(7)))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hi"); print(s.shout(), s + "x", type(s + "x").__name__, repr(s), s == "hi", isinstance(s, str), len(s))
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
n = MyInt(5); print(n, repr(n), n + 1, type(n + 1).__name__, [n], f"{n:03d}", str(n))
class Temp:
    def __init__(self): self._c = 0
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
class Sub(Temp):
    @Temp.f.getter
    def f(self): return round(super().f, 1)
t = Sub(); t.f = 100; print(t.f, t._c)
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    return inc
inc = outer(); inc(); print(inc(), inc.__closure__[0].cell_contents)
data = [1, 5, 3, 8, 2]
print([y for x in data if (y := x * 2) > 5], y)
first, *mid, last = range(6); print(first, mid, last)
(a, b), c = "xy", 3; print(a, b, c)
def f(a, /, b, *, c=3, **kw): return a, b, c, kw
print(f(1, 2), f(1, b=2, c=4, d=5))
for call in ["f(a=1, b=2)", "f(1)", "f(1, 2, 3)", "f(1, 2, c=1, c=2)" if False else "f(1, 2, e=1, **{'e': 2})"]:
    try: eval(call)
    except TypeError as e: print("TypeError:", e)
class Reg:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Reg.subclasses.append(cls.__name__)
class A(Reg): pass
class B(A): pass
print(Reg.subclasses, B.__mro__, A.__subclasses__(), B.__qualname__, B.__module__)
class Cls:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls()
class Cls2(Cls): pass
Cls2.make(); Cls2.make(); Cls.make(); print(Cls.count, Cls2.count)
import weakref
class Obj: pass
o = Obj(); r = weakref.ref(o); print(r() is o); del o; print(r())
print(vars(Temp()).keys(), Temp.__dict__["f"].__class__.__name__, callable(Temp), hasattr(t, "f"), getattr(t, "g", "dflt"))
print(type("Dyn", (object,), {"x": 1, "hi": lambda self: "hi"})().hi(), isinstance(True, int), issubclass(bool, object))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp.__hash__ is None)
try: {Cmp(1)}
except TypeError as e: print("TypeError:", e)
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1; return self.n
print(list(It(3)), sum(It(5)), sorted(It(4)), 2 in It(5), max(It(3)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([1,2])))
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return self + o
    def __iadd__(self, o): self.v += 100; return self
    def __repr__(self): return f"Num({self.v})"
n = Num(1); n += 1; print(n, 5 + Num(2), sum([Num(1), Num(2)]), Num(1) + Num(2))
print(round(2.5), round(-0.5), round(0.5), round(1.25, 1), round(1.35, 1), round(-2.675, 2), round(1e20, -19), round(123, -5))
print(divmod(-7, 3), -7 % 3, 7 % -3, -7 // 3, 2 ** -1, (-8) ** (1/3) if False else abs(-8) ** (1/3), 10 ** -2, 0 ** 0, pow(0, 0))
print(int("0x10", 16), int("10", 36), int("z", 36), int(" 1_0 "), float(" 1e3 "), float("-inf"), float("nan") != float("nan"), complex(" 1+2j "))
