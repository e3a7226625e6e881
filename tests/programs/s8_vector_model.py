from abc import ABC, abstractmethod
from functools import reduce, singledispatch, cached_property, partial, lru_cache
import operator
import numbers


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k) if isinstance(k, numbers.Number) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return Vec(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __bool__(self): return bool(self.x or self.y)
    def __format__(self, spec):
        if spec.endswith("p"):
            return f"<{abs(self):{spec[:-1]}f}>"
        return f"({format(self.x, spec)}, {format(self.y, spec)})"
    def __round__(self, n=None): return Vec(round(self.x, n), round(self.y, n))
    def __truediv__(self, k): return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k): return Vec(self.x // k, self.y // k)
    def __lt__(self, o): return abs(self) < abs(o)


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a @ b, -a, +a, abs(a), a == Vec(3, 4), a != b)
print(sum([a, b, Vec(1, 1)]), list(a), a[1], a[-1], len(a), bool(Vec()), tuple(b), dict(x=a))
print(f"{a:.2f}", f"{a:6.1p}", format(b, "+d"), "{:>4}".format(a), round(Vec(1.26, 2.71), 1), a / 2, a // 2)
print(sorted([a, b, Vec(0, 1)]), max(a, b), {a, Vec(3, 4), b} == {a, b})
try:
    a.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
try:
    a < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
x, y = a
print(x, y, hasattr(a, "__dict__"), Vec.__slots__)


class Shape(ABC):
    registry = {}

    def __init_subclass__(cls, /, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls

    @abstractmethod
    def area(self): ...

    @property
    @abstractmethod
    def name(self): ...

    def describe(self):
        return f"{self.name} with area {self.area():.3f}"


class Circle(Shape, kind="circle"):
    def __init__(self, r): self.r = r
    def area(self): return 3.141592653589793 * self.r ** 2
    name = property(lambda self: "circle")

    @cached_property
    def diameter(self):
        print("  (computing diameter)")
        return self.r * 2


class Square(Shape, kind="square"):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"


class Broken(Shape):
    def area(self): return 0


print(sorted(Shape.registry), Shape.registry["circle"].__name__)
for s in (Circle(1.5), Square(2)):
    print(s.describe())
c = Circle(2)
print(c.diameter, c.diameter, "diameter" in vars(c))
for cls in (Shape, Broken):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns.setdefault("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = "Meta"
        return inst

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

    def __len__(cls):
        return 42


class Model(metaclass=Meta):
    def __init__(self, v): self.v = v


class User(Model):
    tag = "custom"


u = User(5)
print(Model, User, Model.tag, User.tag, u.created_by, u.v, len(User), type(User), type(User).__mro__)


class Lazy:
    def __init__(self): self._data = {"a": 1}
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: self._data.get(name[4:], "none")
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def __setattr__(self, name, value):
        if name != "_data" and not name.islower():
            raise AttributeError(f"bad name {name}")
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)


lz = Lazy()
print(lz.get_a(), lz.get_b())
try:
    lz.missing
except AttributeError as e:
    print("AttributeError:", e)
lz.ok = 1
try:
    lz.Bad = 2
except AttributeError as e:
    print("AttributeError:", e)
del lz.ok
print(getattr(lz, "nothing", "default"), hasattr(lz, "get_zz"))


class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)


class Product:
    name = Typed(str)
    qty = Typed(int)
    def __init__(self, name, qty): self.name, self.qty = name, qty


p = Product("bolt", 10)
print(p.name, p.qty, type(Product.name).__name__, Product.qty.name)
try:
    p.qty = "ten"
except TypeError as e:
    print("TypeError:", e)


@singledispatch
def show(x): return f"obj:{x!r}"
@show.register
def _(x: int): return f"int:{x}"
@show.register(list)
def _(x): return "list:" + ",".join(show(i) for i in x)
print(show(1), show("s"), show([1, "a", [2]]), show(True), show(2.5))


class Registry(dict):
    def __missing__(self, key):
        self[key] = v = len(self)
        return v
r = Registry()
print(r["a"], r["b"], r["a"], r, r.get("zz"), "zz" in r)


class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def __reversed__(self): return iter(range(1, self.n + 1))
print(list(Countdown(3)), list(reversed(Countdown(4))), 2 in Countdown(5), sum(Countdown(10)))


class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(10)[Idx():], hex(Idx()))
print(reduce(operator.mul, range(1, 6)), list(map(partial(pow, 2), range(5))), operator.itemgetter(1, 0)("ab"))
print(operator.attrgetter("x", "y")(a), operator.methodcaller("upper")("q"), sorted(["b", "A", "c"], key=str.lower))


@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.__wrapped__.__name__)


class Temperature:
    def __init__(self, c): self._c = c
    @property
    def fahrenheit(self): return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f): self._c = (f - 32) * 5 / 9
    @fahrenheit.deleter
    def fahrenheit(self): print("no deleting!")
t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t._c)
del t.fahrenheit
try:
    Circle(1).name = "x"
except AttributeError as e:
    print("AttributeError:", e)
