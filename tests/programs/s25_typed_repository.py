# Typed code at runtime: Generic repositories, Protocols, TypeVar bounds,
# NamedTuple/TypedDict, get_type_hints, __annotations__ and dataclass fields.
from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar, Protocol, Optional, Iterator, NamedTuple, TypedDict, Callable, runtime_checkable


class HasId(Protocol):
    id: int


@runtime_checkable
class Describable(Protocol):
    def describe(self) -> str: ...


T = TypeVar("T", bound=HasId)
K = TypeVar("K")


class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}

    def add(self, item: T) -> T:
        if item.id in self._items:
            raise KeyError(f"duplicate id {item.id}")
        self._items[item.id] = item
        return item

    def get(self, id: int) -> Optional[T]:
        return self._items.get(id)

    def find(self, pred: Callable[[T], bool]) -> Iterator[T]:
        return (i for i in self._items.values() if pred(i))

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=lambda i: i.id))


@dataclass
class User:
    id: int
    name: str
    email: Optional[str] = None
    roles: list[str] = field(default_factory=list)

    def describe(self) -> str:
        return f"{self.name} <{self.email or 'no email'}> {self.roles}"


class Point(NamedTuple):
    x: float
    y: float = 0.0

    @property
    def id(self) -> int:
        return int(self.x * 1000 + self.y)


class Config(TypedDict, total=False):
    debug: bool
    level: int


users: Repository[User] = Repository()
for i, (n, e) in enumerate([("ann", "ann@x.org"), ("bob", None), ("cy", "cy@y.com")], 1):
    users.add(User(i, n, e, ["admin"] if n == "ann" else []))
try:
    users.add(User(2, "dup"))
except KeyError as e:
    print("KeyError:", e)
print(len(users), [u.name for u in users], users.get(3), users.get(9))
print([u.describe() for u in users.find(lambda u: u.email is not None)])
print(isinstance(users.get(1), Describable), isinstance(Point(1), Describable), isinstance("x", Describable))

points: Repository[Point] = Repository()
points.add(Point(1.5, 2))
points.add(Point(0.25))
print(list(points), Point(3)._replace(y=4), Point._fields, Point._field_defaults)
cfg: Config = {"debug": True}
print(cfg, Config.__required_keys__, sorted(Config.__optional_keys__), Config.__total__)

print(User.__annotations__)
print(typing.get_type_hints(User))
print({f.name: (f.type, f.default if f.default is not dataclasses.MISSING else "MISSING") for f in fields(User) if f.name != "roles"})
print(Repository.add.__annotations__, typing.get_type_hints(Repository.get))
print(Repository[User], Repository.__parameters__, T.__bound__, K, typing.get_origin(Repository[User]), typing.get_args(Repository[User]))
print(typing.get_type_hints(Point), Point.__annotations__)


def apply(f: Callable[[int], int], xs: list[int]) -> list[int]:
    return [f(x) for x in xs]


print(apply.__annotations__, apply(lambda x: x * x, [1, 2, 3]))
print(typing.Optional[User], typing.Union[int, None] == typing.Optional[int], list[User] == typing.List[User])
