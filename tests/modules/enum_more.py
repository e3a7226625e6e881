from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Weekday(Enum):
    MON = 1; TUE = 2; WED = 3; THU = 4; FRI = 5; SAT = 6; SUN = 7
    @property
    def weekend(self): return self in (Weekday.SAT, Weekday.SUN)
    def __str__(self): return self.name.title()
print([str(d) for d in Weekday if d.weekend], Weekday(3), repr(Weekday.FRI), Weekday.MON < Weekday.TUE if False else "")
try:
    Weekday.MON < Weekday.TUE
except TypeError as e:
    print("TypeError", e)
print(Weekday.MON.name, Weekday["SUN"].value, list(Weekday.__members__)[:3], Weekday.MON in Weekday, len(Weekday))
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status(404).name, Status.OK + 1, sorted([Status.NOT_FOUND, Status.OK]), f"{Status.OK}", f"{Status.OK!r}", Status.OK.value)
class Color(Flag):
    RED = auto(); GREEN = auto(); BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.RED, Color.WHITE, Color.RED | Color.BLUE, repr(Color.RED | Color.BLUE), Color.WHITE & ~Color.RED, Color.RED.value, Color.BLUE.value, bool(Color.RED & Color.GREEN))
print([c.name for c in Color], list(Color.WHITE) if hasattr(Color.WHITE, "__iter__") else "", Color(3))
class Mode(IntFlag):
    R = 4; W = 2; X = 1
print(Mode.R | Mode.W, Mode(7), int(Mode.R | Mode.X), Mode.R in Mode(6), repr(Mode(0)), Mode(8) if False else "")
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2
print(Shape.ALIAS, list(Shape), Shape(2).name, [m for m in Shape.__members__])
class Str(str, Enum):
    A = "alpha"
print(Str.A.upper(), Str("alpha"), Str.A == "alpha", "%s" % Str.A, f"{Str.A}", json_ok := __import__("json").dumps(Str.A))
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto()
    Y = auto()
print(Auto.X.value, Auto.Y.value)
