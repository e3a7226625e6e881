import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, isinstance(Color.GREEN, Color), type(Color.RED).__name__, Color.__members__.keys())
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
class Num(enum.IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO > Num.ONE, Num(1), repr(Num.TWO), str(Num.TWO), f"{Num.TWO}", sorted([Num.TWO, Num.ONE]), int(Num.TWO))
class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.R, bool(Perm(0)), list(rw) if hasattr(Perm, "__iter__") else "", Perm(7))
class IF(enum.IntFlag):
    A = 1
    B = 2
print(IF.A | IF.B, IF.A | 4, repr(IF.A | IF.B), IF(3) == 3)
class Auto(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
print(Auto.X.value, Auto.Y.value, [m.name for m in Auto])
class S(str, enum.Enum):
    A = "a"
print(S.A == "a", S.A.value, repr(S.A), str(S.A))
class SE(enum.StrEnum):
    P = enum.auto()
print(SE.P, repr(SE.P), SE.P.upper())
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
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def g(self): return round(6.67e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.mass, Planet.EARTH.g, Planet.EARTH.value)
Animal = enum.Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
print(hash(Color.RED) == hash(Color.RED), {Color.RED: "r"}[Color.CRIMSON], Color.RED.__class__ is Color)
class WithMethod(enum.Enum):
    A = 1
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def first(cls): return list(cls)[0]
print(WithMethod.A.describe(), WithMethod.first())
