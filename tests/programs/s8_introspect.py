"""Introspection that user programs print."""
import inspect
import sys
import types
import collections.abc as cabc
from dataclasses import dataclass, field
from typing import NamedTuple, Optional, List


def greet(name: str, greeting: str = "hello", *args, punct: str = "!", **kw) -> str:
    """Return a greeting.

    More text here.
    """
    return f"{greeting}, {name}{punct}"


def fetch(url, *, timeout=3.5):
    pass


def gen(n):
    yield from range(n)


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5


@dataclass(order=True)
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    note: Optional[str] = field(default=None, repr=False, compare=False)


class Base:
    """Base doc"""
    cls_attr = 1

    def method(self, a, b=2):
        return a + b

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x

    @property
    def prop(self):
        return 1


class Child(Base):
    def method(self, a, b=3):
        return super().method(a, b)


for f in (greet, fetch, gen, Base.method, Base.make, Base.helper, Point.norm, Item.__init__):
    try:
        sig = inspect.signature(f)
    except (ValueError, TypeError) as e:
        sig = f"<{type(e).__name__}>"
    print(getattr(f, "__qualname__", None), sig)

print(greet.__name__, greet.__qualname__, greet.__module__)
print(repr(greet.__doc__))
print(inspect.getdoc(greet))
print(greet.__defaults__, greet.__kwdefaults__)
print(greet.__annotations__)
print(greet.__code__.co_argcount, greet.__code__.co_kwonlyargcount, greet.__code__.co_varnames)
print(greet.__code__.co_name, greet.__code__.co_flags & 0x0C)
print(inspect.isfunction(greet), inspect.ismethod(Base().method), inspect.isclass(Base))
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(gen), inspect.isbuiltin(len))
print(type(greet).__name__, type(Base().method).__name__, type(len).__name__, type(gen(1)).__name__)
print(type(Base.__dict__["make"]).__name__, type(Base.__dict__["helper"]).__name__, type(Base.prop).__name__)
print(type(sys).__name__, sys.__name__, inspect.ismodule(sys))
print(Point._fields, Point._field_defaults, Point(1)._asdict(), Point(3, 4).norm())
print(Point(1, 2), repr(Point(1, 2)), Point._make([5, 6]), Point(1, 2)._replace(y=9))
print(Point.__mro__)
print(Item("pen", 1.5), Item("a") < Item("b"), Item("a", 1, note="x") == Item("a", 1))
print(Item.__dataclass_fields__.keys())
print([f.name for f in __import__("dataclasses").fields(Item)])
print(Child.__mro__, Child.__base__, Child.__name__, Child.__qualname__, Child.__module__)
print(Child.__doc__, Base.__doc__)
print(sorted(k for k in vars(Base) if not k.startswith("__")))
print([k for k in dir(Child) if not k.startswith("_")])
c = Child()
c.extra = 5
print(vars(c), c.__dict__, c.method(1))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance((), cabc.MutableSequence))
print(isinstance(gen(1), cabc.Iterator), isinstance(gen(1), cabc.Generator), isinstance("", cabc.Hashable))
print(isinstance([], cabc.Hashable), issubclass(dict, cabc.MutableMapping), isinstance(range(3), cabc.Sequence))
print(isinstance(c, cabc.Callable), callable(Child), isinstance(set(), cabc.Set), isinstance({}.keys(), cabc.Set))
print(hash(1), hash(-1), hash(-2), hash(2**61), hash(2**61 - 1), hash(2**100), hash(-2**70))
print(hash(1.5), hash(-0.0), hash(0.1), hash(1e300), hash(float("inf")), hash(-float("inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, 0.5, True)))
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({-1, 5})))
print(hash(True), hash(None) == hash(None), hash(3 + 4j), hash(complex(0, 1)))
from fractions import Fraction
from decimal import Decimal
print(hash(Fraction(1, 3)), hash(Fraction(5, 1)), hash(Decimal("1.5")), hash(Decimal(7)))
print(types.SimpleNamespace(a=1, b="x"))
print(type(None), type(NotImplemented), type(...), type(type))
print(int.__mro__, bool.__mro__, type(c).__mro__[-1])
print(Base.method.__get__(c, Child)(5))
print(len.__name__, len.__qualname__, len.__module__)
print(str.upper.__qualname__, str.upper.__name__, type(str.upper).__name__, type("".upper).__name__)
print(dict.fromkeys.__qualname__, type(dict.__dict__["fromkeys"]).__name__)
print(greet.__globals__ is globals(), greet.__closure__)
def outer():
    v = 1
    def inner():
        return v
    return inner
print(outer().__qualname__, [type(c).__name__ for c in outer().__closure__], outer().__code__.co_freevars)
print((lambda x: x).__name__, (lambda: 0).__qualname__)
print([x for x in dir(Point(1)) if not x.startswith("_")])
