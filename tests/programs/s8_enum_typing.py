import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
from typing import (TypedDict, Protocol, Generic, TypeVar, Optional, Union, List, Dict, Tuple,
                    Callable, Any, Literal, get_type_hints, get_origin, get_args, runtime_checkable,
                    NamedTuple, Iterable, Final, ClassVar)
from dataclasses import dataclass, field, replace, FrozenInstanceError, astuple
import dataclasses


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    @property
    def hexcode(self):
        return {1: "#f00", 2: "#0f0", 3: "#00f"}[self.value]

    @classmethod
    def parse(cls, s):
        return cls[s.upper()]


print(Color.RED, repr(Color.GREEN), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"], Color.parse("green"))
print(list(Color), len(Color), Color.__members__.keys(), Color.RED.name, Color.RED.value, Color.BLUE.hexcode)
print(f"{Color.RED}", f"{Color.RED!r}", f"{Color.RED:>12}", str(Color.BLUE), Color.RED in Color, hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    ERROR = 500


print(Status.OK, repr(Status.OK), Status.OK == 200, Status.OK + 1, sorted([Status.ERROR, Status.OK]), f"{Status.NOT_FOUND}", f"{Status.OK:>5}", Status(404).name)
print(int(Status.ERROR), Status.OK < Status.ERROR, [s.value for s in Status], isinstance(Status.OK, int), "%d" % Status.OK, str(Status.OK))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RW = R | W


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, Perm(7), Perm(0), bool(Perm(0)), list(Perm), rw == Perm.RW)
print(Perm.RW.name, (Perm.R | Perm.X).name, (Perm.R | Perm.X).value, list(Perm.R | Perm.X))


class Mode(IntFlag):
    A = 1
    B = 2
    C = 8


print(Mode.A | Mode.B, repr(Mode.A | Mode.C), Mode.A | 4, Mode(3), Mode.A + 1, format(Mode.B, "d"), str(Mode.C), Mode(0))


class Method(StrEnum):
    GET = auto()
    POST = auto()


print(Method.GET, repr(Method.POST), Method.GET == "get", Method.GET.upper(), f"{Method.POST}", list(Method))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.gravity, 3))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    X = auto()
    Y = auto()


print(list(Auto), Auto.X.value, Color.RED.__class__.__name__, type(Color).__name__, Color.__members__["CRIMSON"])
Shape = Enum("Shape", "CIRCLE SQUARE TRIANGLE")
print(list(Shape), Shape.SQUARE.value, Enum("E2", [("a", 10), ("b", 20)]).b)

T = TypeVar("T")
K = TypeVar("K", bound=str)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
print(s.pop(), Stack[int], Stack, T, K, K.__bound__, Stack.__parameters__)


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "Alien", "year": 1979}
print(m, Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


class F:
    def close(self): pass


print(isinstance(F(), Closable), isinstance(1, Closable))
print(Optional[int], Union[int, str], List[Dict[str, Tuple[int, ...]]], Callable[[int, str], bool], Literal["a", 1])
print(int | None, list[int], dict[str, list[int]], tuple[()], type(int | str).__name__, Union[int, None] == Optional[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[str]), get_args(Callable[[int], str]))


def fn(a: int, b: "str" = "x", *c: float, d: Optional[List[int]] = None) -> Dict[str, Any]:
    return {}


print(get_type_hints(fn))
print(fn.__annotations__)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}{'-' + self.label if self.label else ''}"

    @classmethod
    def parse(cls, s):
        core, _, label = s.partition("-")
        return cls(*map(int, core.split(".")), label=label)


vs = [Version.parse(x) for x in ["1.2.3", "1.10.0", "1.2.3-rc1", "0.9.9", "2.0.0-beta"]]
print(sorted(vs))
print([str(v) for v in sorted(vs, reverse=True)], max(vs), vs[0] == vs[2], hash(vs[0]) == hash(vs[2]))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(vs[0], patch=9), astuple(vs[1]), dataclasses.asdict(vs[2]), dataclasses.is_dataclass(vs[0]))


@dataclass
class Node:
    name: str
    children: list["Node"] = field(default_factory=list)
    weight: ClassVar[int] = 3
    parent: Optional["Node"] = field(default=None, repr=False)

    def __post_init__(self):
        self.name = self.name.strip()

    def add(self, *names):
        for n in names:
            self.children.append(Node(n, parent=self))
        return self


root = Node("  root ").add("a", "b")
root.children[0].add("c")
print(root)
print(Node.__init__.__annotations__ if False else [f.name for f in dataclasses.fields(Node)], Node.weight)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    Version()
except TypeError as e:
    print("TypeError:", e)


class Pair(NamedTuple):
    left: Any
    right: Any = None


print(Pair(1), Pair(1, 2) == (1, 2), Pair.__annotations__ if False else Pair._fields, Pair(*"ab")[::-1])
