import typing
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, NamedTuple, TypedDict, Protocol, Iterable, Iterator, Sequence, cast, overload, Literal, Final, ClassVar
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T) -> None: self.v = v
    def get(self) -> T: return self.v
print(Box(5).get(), Box[int](3).v, T, repr(T))
def f(a: List[int], b: Optional[str] = None) -> Dict[str, int]:
    return {}
print(f.__annotations__["b"], typing.get_type_hints(f)["a"], f.__annotations__["return"])
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], Literal["a", 1], int | None)
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("x"), Emp._fields, Emp("y", 5).id)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__required_keys__ == {"title", "year"})
print(cast(int, "not really"), typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Union[int, str]))
class P(Protocol):
    def meth(self) -> int: ...
@typing.runtime_checkable
class Closable(Protocol):
    def close(self): ...
print(isinstance(open(__file__), Closable), isinstance(1, Closable))
print(typing.TYPE_CHECKING, Any, typing.NoReturn, typing.Union[int, int])
x: ClassVar[int] = 1
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name} {self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
print(Sq(3).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__ == frozenset({"area", "name"}))
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(1, Reg), issubclass(int, Reg), issubclass(str, Reg))
class M(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self): pass
print(type(M).__name__, getattr(M.f, "__isabstractmethod__", False))
