import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.__members__.keys(), Color.RED in Color, 1 in [c.value for c in Color])
print(f"{Color.RED}", format(Color.RED), str(Color.GREEN), Color.RED == 1, hash(Color.RED) == hash(Color.RED))
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: Color("x")]:
    try: bad()
    except (ValueError, KeyError) as e: print(type(e).__name__, e)
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    class E(Color): X = 9
except TypeError as e: print(e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 2, repr(Num.ONE), str(Num.ONE), f"{Num.TWO}", Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]), Num(2))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), rw & Perm.R, ~Perm.R, Perm(7))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | 4), IP.A | 8, int(IP.B), IP(3))
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value, repr(A.Y))
class S(StrEnum):
    FOO = auto()
    BAR = "bar!"
print(S.FOO, repr(S.FOO), S.BAR.upper(), S.FOO == "foo")
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def g(self): return 6.674e-11 * self.mass / self.radius ** 2
print(Planet.EARTH.g, Planet.MARS.value, Planet((6.42e23, 3.39e6)))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal(3)))
Two = Enum("Two", [("A", 10), ("B", 20)]); print(Two.B.value)
class WithMeth(Enum):
    A = 1
    @classmethod
    def default(cls): return cls.A
    def describe(self): return f"{self.name}={self.value}"
print(WithMeth.default().describe())
class Miss(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value): return cls.A
print(Miss(99))
print(isinstance(Color.RED, Color), type(Color.RED), Color.__name__, enum.EnumMeta is enum.EnumType)
print({Color.RED: 'r'}[Color.CRIMSON], Color.RED is Color(1), Color._member_map_.keys() if hasattr(Color, '_member_map_') else '')
class Ord(Enum):
    B = 2
    A = 1
print([m.name for m in Ord], Ord.A.__class__.__name__, dir(Ord.A)[:3] if False else '')
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
print(Perm.R.name, (Perm.R | Perm.W).name, Perm(0).name, IP(0))
