# enum (Flag, IntFlag, StrEnum, aliases), dataclasses (order, frozen, slots, kw_only,
# field options and errors), match on dataclasses and enums, typing generics.
import enum, dataclasses, typing
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
class Sh(enum.Flag):
    A = enum.auto()
    B = enum.auto()
    C = enum.auto()
    AB = A | B
class Lvl(enum.IntEnum):
    LOW = 1
    HIGH = 2
class S(str, enum.Enum):
    X = "x"
class St(enum.StrEnum):
    ON = enum.auto()
    OFF = enum.auto()
print(Color.CRIMSON, repr(Color.CRIMSON), Color(1), Color["GREEN"], list(Color), len(Color), Color.__members__.keys())
print(f"{Color.RED}", f"{Lvl.LOW}", f"{Lvl.HIGH:>6}", str(Lvl.LOW), repr(Lvl.LOW), Lvl.LOW + 1, Lvl.LOW < Lvl.HIGH, format(Lvl.HIGH, "d"))
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm(7), Perm(0), repr(Perm(8 | 1)) if False else "", Perm.R in Perm(6), list(Perm(7)), ~Perm.R, int(Perm.R | 8))
print(Sh.A | Sh.C, repr(Sh.AB), Sh(3), list(Sh), Sh.AB.name, (Sh.A | Sh.C).name, bool(Sh(0)), Sh.A & Sh.B)
print(S.X, repr(S.X), f"{S.X}", S.X == "x", St.ON, repr(St.OFF), f"{St.ON}!", St.ON.upper(), St("off"))
try:
    Color(9)
except ValueError as e:
    print("ValueError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
print(Color.RED.name, Color.RED.value, Color.RED is Color(1), hash(Color.RED) == hash(Color.RED), isinstance(Color.RED, Color), type(Color.RED))
@enum.unique
class U(enum.Enum):
    A = 1
    B = 2
try:
    @enum.unique
    class D(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
@dataclasses.dataclass(order=True, frozen=True)
class Pt:
    x: int
    y: int = 0
    tags: tuple = dataclasses.field(default=(), compare=False, repr=False)
p = Pt(1, 2)
print(p, Pt(1) < Pt(1, 1), sorted([Pt(2), Pt(1, 5), Pt(1, 3)]), hash(p) == hash(Pt(1, 2, ("z",))), p == Pt(1, 2, ("t",)))
try:
    p.x = 3
except dataclasses.FrozenInstanceError as e:
    print("Frozen", e)
print(dataclasses.asdict(p), dataclasses.astuple(p), dataclasses.replace(p, y=9), [f.name for f in dataclasses.fields(Pt)])
@dataclasses.dataclass
class Inv:
    items: list = dataclasses.field(default_factory=list)
    count: int = dataclasses.field(init=False, default=0)
    def __post_init__(self):
        self.count = len(self.items)
print(Inv([1, 2]), Inv(), Inv.__init__.__doc__ is None, Inv.__match_args__)
try:
    @dataclasses.dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclasses.dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print("ValueError", e)
@dataclasses.dataclass(slots=True, kw_only=True)
class K:
    a: int
    b: str = "b"
k = K(a=1)
print(k, K.__slots__, hasattr(k, "__dict__"))
try:
    K(1)
except TypeError as e:
    print("TypeError", e)
match Pt(0, 5):
    case Pt(0, y) if y > 3:
        print("on axis high", y)
    case Pt(x=0):
        print("on axis")
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN | Color.BLUE as c: print("cool", c)
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box[int](3).v, typing.get_type_hints(Pt), typing.Optional[int], typing.Union[int, str], list[int], dict[str, list[int]])
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), int | None, (int | str).__args__)
