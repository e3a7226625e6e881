from dataclasses import dataclass, field, fields, KW_ONLY, InitVar
from typing import NamedTuple, TypedDict, Optional, List, Dict, Union, Callable, Any, TypeVar, Generic, Protocol
import typing

class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Pt(3, 4)
print(p, p.norm(), p._asdict(), p._replace(y=1), Pt._fields, Pt._field_defaults, Pt.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__annotations__ if False else sorted(Movie.__annotations__), Movie.__total__)
@dataclass(slots=True, kw_only=True)
class Cfg:
    name: str
    retries: int = 3
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: List[int] = field(default_factory=list)
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.a *= scale
print(Cfg(name="n"), Mixed(1, b=5, scale=10), [f.name for f in fields(Mixed)], hasattr(Cfg, "__slots__"))
try:
    Cfg("n")
except TypeError as e:
    print("TypeError:", e)
try:
    Mixed()
except TypeError as e:
    print("TypeError:", e)
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
print(s.pop(), Stack[int], Stack.__parameters__, T, List[int], Dict[str, Optional[int]], Union[int, str], Optional[str], Callable[[int], str], int | None, list[int])
def f(a: int, b: "str" = "x", *args: float, c: Optional[int] = None, **kw: Any) -> bool:
    return True
print(f.__annotations__)
print(typing.get_type_hints(f))
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self):
        return "hi"
print(isinstance(En(), Greeter) if getattr(Greeter, "_is_runtime_protocol", False) else "not runtime")
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.cast(int, "x"))
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.registry.append(name)
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="c"):
    __slots__ = ("v",)
    def __init__(self):
        self.v = 1
c = Child()
print(Meta.registry, Child.tag, Base.tag if hasattr(Base, "tag") else None, type(Child).__name__)
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError:", e)
class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.name[1:]} must be >= 0")
        setattr(obj, self.name, value)
class Account:
    balance = Desc()
a = Account()
print(a.balance)
a.balance = 5
print(a.balance, type(Account.balance).__name__)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __class_getitem__(cls, item): return f"Vec[{item.__name__}]"
print(Vec[int])
