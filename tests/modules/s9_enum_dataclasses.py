import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, list(Color), len(Color), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color.__members__), Color.__members__["CRIMSON"], Color.RED in Color, f"{Color.RED}", format(Color.GREEN), str(Color.BLUE), hash(Color.RED) == hash(Color.RED))
print(repr(Color), Color.__name__, type(Color.RED), isinstance(Color.RED, Color), Color.RED == 1, Color.RED != Color.GREEN, sorted(Color, key=lambda c: c.value))
show("bad value", lambda: Color(7))
show("bad name", lambda: Color["PINK"])
show("set attr", lambda: setattr(Color, "RED", 5))
show("lt", lambda: Color.RED < Color.GREEN)
show("del", lambda: delattr(Color, "RED"))
show("value set", lambda: setattr(Color.RED, "value", 3))
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.ONE), N.ONE + 1, N.TWO * 3, N.ONE < N.TWO, N(2), f"{N.TWO}", f"{N.TWO:>5}", str(N.ONE), N.ONE == 1, [n for n in N], int(N.TWO), sorted([N.TWO, N.ONE]))
class A(Enum):
    X = auto()
    Y = auto()
    Z = auto()
print(list(A), A.Z.value, [m.value for m in A])
class S(StrEnum):
    A = auto()
    B = "bee"
print(S.A, repr(S.A), S.B + "!", S.A == "a", f"{S.B}", S.B.upper())
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.R, ~Perm.R, bool(Perm(0)), repr(Perm(0)), list(rw), Perm(7), len(rw), rw.value, rw.name)
class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.B, repr(IP.A | IP.C), IP.A | 8, IP(3), IP.B + 1, repr(IP(0)), str(IP.A | IP.B), format(IP.C))
class FA(Flag):
    P = auto()
    Q = auto()
    R = auto()
    PQ = P | Q
print([m for m in FA], FA.PQ, repr(FA.R), FA.R.value, FA.P | FA.Q is FA.PQ, list(FA.__members__))
show("unique", lambda: unique(Color))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self):
        return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.g, Planet.MARS.mass, Planet((6.42e23, 3.39e6)))
class M(Enum):
    A = 1
    def describe(self):
        return f"{self.name}={self.value}"
    @classmethod
    def default(cls):
        return cls.A
    def __str__(self):
        return "custom"
print(M.A.describe(), M.default(), str(M.A), repr(M.A), f"{M.A}")
F2 = Enum("F2", "a b c")
print(list(F2), F2.b.value, Enum("G", [("x", 10), ("y", 20)]).y, repr(Enum("H", {"k": "v"}).k))
try:
    class E2(Color):
        PINK = 9
except TypeError as ex:
    print("extend", ex)
show("dup name", lambda: Enum("D", [("a", 1), ("a", 2)]))
class Ord(Enum):
    def __lt__(self, o): return self.value < o.value
    LOW = 1
    HIGH = 2
print(sorted([Ord.HIGH, Ord.LOW]), max(Ord), Color.RED.__class__.__name__, Color._member_map_ is Color.__members__ if False else "")
print(enum.Enum.__members__ if False else "", Color._value2member_map_ == {1: Color.RED, 2: Color.GREEN, 3: Color.BLUE})
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, InitVar, KW_ONLY
@dataclass
class Pt:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    hidden: str = field(default="h", repr=False, compare=False)
p = Pt(1, 2)
print(p, repr(p), p == Pt(1, 2), p == Pt(1, 2, [], "other"), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(p)])
print(Pt.__init__.__doc__ if False else "", Pt.__eq__ is not None, Pt.__hash__, dataclasses.is_dataclass(p), dataclasses.is_dataclass(Pt), dataclasses.is_dataclass(1))
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
v = V(1)
print(v, V(1) < V(2), V(1, "a") < V(1, "b"), sorted([V(3), V(1, "q"), V(1, "b")]), hash(v) == hash(V(1)), {v: 1}[V(1)])
show("frozen set", lambda: setattr(v, "a", 5))
show("frozen del", lambda: delattr(v, "a"))
show("missing arg", lambda: Pt())
show("too many", lambda: Pt(1, 2, 3, 4, 5))
show("bad kw", lambda: Pt(1, z=3))
show("lt unordered", lambda: Pt(1) < Pt(2))
show("mutable default", lambda: dataclass(type("Bad", (), {"__annotations__": {"x": list}, "x": []})))
show("order no default", lambda: dataclass(type("Bad2", (), {"__annotations__": {"x": int, "y": int}, "x": 1})))
show("replace bad", lambda: replace(p, q=1))
show("asdict non", lambda: asdict(5))
@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Child(Base):
    c: int = 3
    def __post_init__(self):
        self.total = self.a + self.b + self.c
ch = Child(1)
print(ch, ch.total, Child(1, 5, 6).total, isinstance(ch, Base), [f.name for f in fields(Child)])
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.x *= scale
print(WithInit(3, 4), WithInit(3))
@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(KW(1, c=5), KW(0))
show("kw positional", lambda: KW(1, 2))
@dataclass(eq=False)
class NoEq:
    x: int
print(NoEq(1) == NoEq(1), NoEq(1))
@dataclass(slots=True)
class Sl:
    x: int
    y: float = 1.0
print(Sl(1), Sl.__slots__, hasattr(Sl(1), "__dict__"))
@dataclass
class Nested:
    p: Pt
    items: list
    d: dict
n = Nested(Pt(1), [Pt(2), (3, Pt(4))], {"k": Pt(5)})
print(asdict(n))
print(astuple(n))
C = dataclasses.make_dataclass("C", [("x", int), ("y", int, field(default=5))], order=True)
print(C(1), C(1) < C(2), C.__name__)
@dataclass(repr=False)
class NR:
    x: int
print(repr(NR(1)).startswith("<__main__.NR object"))
@dataclass
class Rec:
    name: str
    children: list["Rec"] = field(default_factory=list)
print(Rec("a", [Rec("b")]), fields(Rec)[1].type, Pt.__match_args__, Pt.__dataclass_fields__["x"].default is dataclasses.MISSING)
@dataclass(unsafe_hash=True)
class UH:
    x: int
print(hash(UH(1)) == hash(UH(1)), UH.__hash__ is not None, p.__eq__(5))
