from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar, make_dataclass
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum
from typing import List, Optional

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    tag: str = field(default="", compare=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, tag="beta"), Version(1, 2, 0, "rc")]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(1, 2) == Version(1, 2, 0, "x"))
print(max(vs))

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    owner: Optional[str] = None

inv = Inventory("box")
inv.items.append("pen")
print(inv, asdict(inv), astuple(inv))
print(Inventory("a") == Inventory("a"), Inventory("a", ["x"]))
print([f.name for f in fields(Inventory)], is_dataclass(inv), is_dataclass(Inventory), is_dataclass(1))
print(replace(inv, name="crate"))

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    def __str__(self):
        return f"({self.lat:.2f}, {self.lon:.2f})"

c = Coord(51.5, -0.12)
print(c, repr(c), hash(c) == hash(Coord(51.5, -0.12)))
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
print({c: 1}[Coord(51.5, -0.12)])

@dataclass
class Nested:
    coord: Coord
    tags: dict
    versions: list
print(asdict(Nested(c, {"k": Version(1)}, [Version(2), (Version(3),)])))

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    Version()
except TypeError as e:
    print("TypeError", e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 5))
M = make_dataclass("M", [("x", int), ("y", int, field(default=5))])
print(M(1), M(1, 2) == M(1, 2))

@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1))

@dataclass(unsafe_hash=True)
class H:
    x: int
print(hash(H(1)) == hash(H(1)))

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())

@dataclass(repr=False)
class NoRepr:
    x: int
print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))

# enums
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print([c.name for c in Color], Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError", e)
print(Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(f"{Color.RED}", format(Color.GREEN), str(Color.BLUE))

class Prio(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Prio.LOW, repr(Prio.MID), Prio.HIGH + 1, Prio.LOW < Prio.HIGH, sorted([Prio.HIGH, Prio.LOW]))
print(f"{Prio.MID}", str(Prio.MID), format(Prio.MID, "03d"), int(Prio.HIGH), Prio(5))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, ~Perm.R, Perm(0), bool(Perm(0)))
print(list(rw), [p.value for p in Perm], Perm.R.value, Perm(7))

class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.B, repr(IP.A | IP.C), IP.A | 8, IP(3), int(IP.B | IP.C), IP.A + 1)

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    def describe(self):
        return f"{self.name.lower()}#{self.value}"
    @classmethod
    def default(cls):
        return cls.CIRCLE
print(Shape.SQUARE.describe(), Shape.default())

class Alias(Enum):
    A = 1
    B = 1
    C = 2
print(list(Alias), Alias.B, Alias(1), list(Alias.__members__))
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)

class StrE(str, Enum):
    X = "x"
    Y = "y"
print(StrE.X, repr(StrE.X), StrE.X == "x", StrE("y"), f"{StrE.X}", StrE.X.upper())

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MARS, Planet.MARS.mass, Planet.EARTH.value)
F = Enum("F", "ONE TWO THREE")
print(list(F), F.TWO.value)
G = Enum("G", [("a", 10), ("b", 20)])
print(G.b, G(10))
try:
    class Ext(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
