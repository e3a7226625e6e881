"""Class machinery: __init_subclass__ registry, __set_name__ validators, slots, __class_getitem__, abc."""
import abc
import functools


class Field:
    def __init__(self, kind, *, minimum=None, default=None):
        self.kind, self.minimum, self.default = kind, minimum, default

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be {self.kind.__name__}, "
                            f"got {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{type(obj).__name__}.{self.name} must be >= {self.minimum}, got {value!r}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"Field({self.kind.__name__}, name={self.name!r})"


class Unit(abc.ABC):
    registry = {}

    def __init_subclass__(cls, /, symbol=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if symbol is not None:
            if symbol in Unit.registry:
                raise TypeError(f"duplicate unit symbol {symbol!r}")
            Unit.registry[symbol] = cls
            cls.symbol = symbol

    @abc.abstractmethod
    def to_base(self, x):
        ...

    @classmethod
    def __class_getitem__(cls, symbol):
        return cls.registry[symbol]


class Metre(Unit, symbol="m"):
    def to_base(self, x):
        return x


class Foot(Unit, symbol="ft"):
    def to_base(self, x):
        return x * 0.3048


class Mile(Unit, symbol="mi"):
    def to_base(self, x):
        return x * 1609.344


class Broken(Unit):
    pass


class Measurement:
    __slots__ = ("_value", "_unit", "__dict__")
    value = Field(float, minimum=0.0)
    unit = Field(str, default="m")

    def __init__(self, value, unit="m"):
        self.value = float(value)
        self.unit = unit

    @functools.cached_property
    def metres(self):
        print(f"    (computing metres for {self.value} {self.unit})")
        return Unit[self.unit]().to_base(self.value)

    def __repr__(self):
        return f"Measurement({self.value!r}, {self.unit!r})"

    def __lt__(self, other):
        return self.metres < other.metres

    def __eq__(self, other):
        if not isinstance(other, Measurement):
            return NotImplemented
        return abs(self.metres - other.metres) < 1e-9

    __hash__ = None


class Tiny:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


print("registry:", {k: v.__name__ for k, v in Unit.registry.items()})
print("Unit['ft'] ->", Unit["ft"].__name__, Unit["ft"].symbol)
print("fields:", Measurement._fields, Measurement.value)
try:
    Broken()
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(Unit, symbol="m"):
        def to_base(self, x):
            return x
except TypeError as e:
    print("TypeError:", e)

ms = [Measurement(3, "mi"), Measurement(100, "ft"), Measurement(50.5), Measurement(1, "mi")]
print(sorted(ms))
print(sorted(ms))
print("max:", max(ms), "eq:", Measurement(3.048, "m") == Measurement(10, "ft"))
print("cached in dict:", "metres" in ms[0].__dict__, ms[0].__dict__)
del ms[0].metres
print("recomputed:", ms[0].metres)

for args in ((-1,), ("3", 5)):
    try:
        Measurement(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
m = Measurement(2)
try:
    m.unit = 7
except TypeError as e:
    print("TypeError:", e)
try:
    hash(m)
except TypeError as e:
    print("TypeError:", e)
print(Measurement(1) == "1", Measurement(1) != Measurement(1.0))

t = Tiny(1)
try:
    t.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(t.b)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(t, "__dict__"), Tiny.a, type(Tiny.__dict__["b"]).__name__)


class Plugin:
    hooks = []

    def __init_subclass__(cls, **kw):
        order = kw.pop("order", 0)
        super().__init_subclass__(**kw)
        Plugin.hooks.append((order, cls.__qualname__))
        Plugin.hooks.sort()


class Late(Plugin, order=5):
    pass


class Early(Plugin, order=-1):
    class Nested(Plugin):
        pass


print(Plugin.hooks)
try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Metre(), Unit), issubclass(Mile, abc.ABC), Unit.__abstractmethods__)
print(list[int], dict[str, list[Measurement]], type(list[int]).__name__)
