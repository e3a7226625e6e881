import enum, dataclasses, fractions, decimal, functools, itertools, collections, operator, math, statistics
from dataclasses import dataclass, field, KW_ONLY
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, member, nonmember, global_enum, ReprEnum, EnumType
from fractions import Fraction
from decimal import Decimal

class Http(StrEnum):
    OK = auto()
    NOT_FOUND = "not found"
print(Http.OK, repr(Http.OK), Http.OK == "ok", f"{Http.NOT_FOUND}", Http("ok"), list(Http), Http.OK.upper())
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(f"{Num.ONE}", str(Num.ONE), repr(Num.ONE), format(Num.TWO, ">5"), Num.ONE + Num.TWO, Num["TWO"], hex(Num.TWO), Num.ONE.__class__.__name__)
class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, repr(Color.WHITE), list(Color), list(Color.WHITE), Color(3), repr(Color(6)), Color.RED | Color.BLUE, ~Color.WHITE, len(Color.WHITE))
print(Color.RED in Color.WHITE, bool(Color.RED & Color.GREEN), Color.WHITE.name, Color(3).name, Color(0).name, repr(Color(0)))
try:
    Color(8)
except ValueError as e:
    print("ValueError", e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm(7), repr(Perm(7)), Perm.R | Perm.W, repr(Perm(0)), Perm(9), repr(Perm(9)), str(Perm.R), format(Perm.R | Perm.X), int(Perm(5)))
try:
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
try:
    @verify(CONTINUOUS)
    class V2(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError", e)
class WithMember(Enum):
    A = 1
    helper = nonmember(5)
    @member
    def f(): return 2
print([m.name for m in WithMember], WithMember.helper)
class Ord(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
print(list(Ord), Ord.ALPHA.value, Ord._member_names_, Ord._value2member_map_ if False else "")
class Mood(Enum):
    HAPPY = 3
    SAD = 1
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(Mood("happy"), Mood(1))
try:
    Mood(7)
except ValueError as e:
    print("ValueError", e)
print(type(Color), isinstance(Color, EnumType), Mood.HAPPY.__reduce_ex__(2)[0] is Mood if hasattr(Mood.HAPPY, "__reduce_ex__") else "", dir(Mood.HAPPY)[:3])
print(sorted(Mood, key=lambda m: m.value), Mood.__members__, {m: m.value for m in Mood})
try:
    Mood.HAPPY = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    del Mood.HAPPY
except AttributeError as e:
    print("AttributeError", e)
try:
    class E2(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError", e)
try:
    class E3(Enum):
        _sunder_ = 1
except ValueError as e:
    print("ValueError", e)
try:
    Enum("X", "a b", start=0)("q")
except ValueError as e:
    print("ValueError", e)

@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print("TypeError", e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int = field(default=3, kw_only=False)
print(Mixed(1, 5, b=4), dataclasses.fields(Mixed)[1].kw_only)
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 0
s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.z = 1
except AttributeError as e:
    print("AttributeError", e)
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False, hash=False, metadata={"unit": "suit"})
print(sorted([Card(10, "h"), Card(2, "s")]), Card.__match_args__, dataclasses.fields(Card)[1].metadata["unit"], Card(1, "a") == Card(1, "b"))
@dataclass
class Base:
    x: int = 0
    def __post_init__(self):
        self.double = self.x * 2
@dataclass
class Child(Base):
    y: int = 1
c = Child(3, 4)
print(c, c.double, dataclasses.asdict(c), dataclasses.astuple(c))
try:
    dataclasses.asdict(Base)
except TypeError as e:
    print("TypeError", e)
try:
    dataclasses.replace(c, z=1)
except TypeError as e:
    print("TypeError", e)
print(repr(dataclasses.field(default=1))[:30], type(dataclasses.MISSING).__name__)
@dataclass
class Rec:
    children: list = field(default_factory=list)
    name: str = "r"
r = Rec([Rec(name="kid")])
print(r, dataclasses.asdict(r))

print(f"{Fraction(1, 3)!r}", str(Fraction(-6, 4)), Fraction(1, 3) ** Fraction(1, 2), Fraction(4, 9) ** 0.5, Fraction(2) ** -2, divmod(Fraction(7, 2), 2), Fraction(7, 2) % -1)
try:
    format(Fraction(1, 3), ".2f")
except TypeError as e:
    print("TypeError", e)
print(Fraction(10**30, 3), Fraction("3/4") + Fraction("5.5e-1"), Fraction(-1, -2), Fraction(3, -6), Fraction(True), int(Fraction(-7, 2)), Fraction(1, 3).is_integer() if hasattr(Fraction, "is_integer") else "")
print(Decimal("1.000").normalize(), Decimal("0.00").normalize(), Decimal("-0.0") == 0, Decimal("1.20") + Decimal("1.3"), Decimal(3.14), Decimal("1e-7"), Decimal("123e10"), Decimal((0, (1, 2, 3), -2)))
print(Decimal("10") / Decimal("4"), Decimal("1") / Decimal("8"), Decimal(2) ** Decimal(-1), Decimal("9.995").quantize(Decimal("0.01")), Decimal("-2.5").to_integral_value(), Decimal("1.1").compare(Decimal("2")))
print(Decimal("3.30").adjusted(), Decimal("12.34").as_integer_ratio(), Decimal("Infinity") > 10**100, Decimal("nan").is_nan(), Decimal("0.1") * 3 == Decimal("0.3"), Decimal(1).max(Decimal(2)), Decimal("7.50").remainder_near(2))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('-3'):+}", f"{Decimal('1.23E+5'):f}", f"{Decimal('12345'):.2e}", f"{Decimal('0.000001'):g}")
print(Decimal(10**20) * Decimal(10**20), Decimal("1") - Decimal("0.999999999999999999999999999999"), decimal.getcontext().prec, Decimal("1.23456789").__round__(4), math.floor(Decimal("-1.5")), math.ceil(Decimal("1.1")))
