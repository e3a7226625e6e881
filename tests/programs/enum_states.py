"""Text-adventure state machine built on enums."""
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
import enum


class Room(Enum):
    HALL = "hall"
    KITCHEN = "kitchen"
    CELLAR = "cellar"
    GARDEN = "garden"
    EXIT = "exit"

    def __str__(self):
        return self.value.title()

    @property
    def dark(self):
        return self is Room.CELLAR


class Dir(IntEnum):
    NORTH = 1
    EAST = 2
    SOUTH = 3
    WEST = 4

    def opposite(self):
        return Dir((self.value + 1) % 4 + 1)


class Perm(Flag):
    NONE = 0
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC


class Color(IntFlag):
    R = 4
    G = 2
    B = 1


@unique
class Status(Enum):
    ACTIVE = auto()
    PAUSED = auto()
    DONE = auto()


MAP = {
    (Room.HALL, Dir.NORTH): Room.KITCHEN,
    (Room.KITCHEN, Dir.SOUTH): Room.HALL,
    (Room.HALL, Dir.WEST): Room.CELLAR,
    (Room.CELLAR, Dir.EAST): Room.HALL,
    (Room.HALL, Dir.EAST): Room.GARDEN,
    (Room.GARDEN, Dir.WEST): Room.HALL,
    (Room.GARDEN, Dir.NORTH): Room.EXIT,
}
ITEMS = {Room.KITCHEN: "lamp", Room.CELLAR: "key"}


class Game:
    def __init__(self):
        self.room = Room.HALL
        self.inventory = []
        self.moves = 0
        self.status = Status.ACTIVE

    def do(self, cmd):
        verb, _, arg = cmd.partition(" ")
        if verb == "go":
            try:
                d = Dir[arg.upper()]
            except KeyError:
                return f"no such direction {arg!r}"
            nxt = MAP.get((self.room, d))
            if nxt is None:
                return f"can't go {d.name.lower()} from {self.room}"
            if nxt is Room.EXIT and "key" not in self.inventory:
                return "the gate is locked"
            if nxt.dark and "lamp" not in self.inventory:
                return "too dark to enter"
            self.room = nxt
            self.moves += 1
            if nxt is Room.EXIT:
                self.status = Status.DONE
            return f"you are in the {self.room} (came from {d.opposite().name})"
        if verb == "take":
            item = ITEMS.get(self.room)
            if item and item == arg:
                self.inventory.append(ITEMS.pop(self.room))
                return f"took {item}"
            return f"there is no {arg} here"
        if verb == "look":
            exits = sorted(d.name for (r, d) in MAP if r is self.room)
            return f"{self.room}: exits {', '.join(exits)}; items {ITEMS.get(self.room)}"
        return "unknown command"


g = Game()
for cmd in ["look", "go west", "go north", "take lamp", "go south", "go west", "take key", "take key",
            "go east", "go up", "go east", "look", "go north", "dance"]:
    print(f"> {cmd:<12} {g.do(cmd)}")
print(g.status, g.moves, g.inventory)

print(list(Room), len(Room), Room("garden"), repr(Room.HALL), Room.HALL.name, Room["EXIT"].value)
print(Dir.NORTH < Dir.SOUTH, Dir.EAST + 1, int(Dir.WEST), sorted([Dir.WEST, Dir.NORTH]), Dir(3), repr(Dir(3)), str(Dir.EAST), f"{Dir.EAST}")
print(Perm.READ | Perm.WRITE, repr(Perm.ALL), Perm.READ in Perm.ALL, Perm.EXEC & Perm.READ, bool(Perm.NONE), list(Perm.ALL), ~Perm.READ)
print(Color.R | Color.G, repr(Color(7)), Color(6) & 3, int(Color.R | Color.B), str(Color.G), Color(0), repr(Color(0)))
print([s.value for s in Status], Status.DONE, Status(2), Status.ACTIVE == 1, Status.ACTIVE.value == 1)
print(Room.__members__.keys(), {r: r.dark for r in Room if r.dark})
try:
    Room("attic")
except ValueError as e:
    print("ValueError:", e)
try:
    Dir["UP"]
except KeyError as e:
    print("KeyError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


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
    print(f"{p.name:<8} {p.gravity:8.3f} {p.value}")


class Shade(str, Enum):
    LIGHT = "light"
    DARK = "dark"


print(Shade.LIGHT == "light", Shade.DARK.upper(), repr(Shade.LIGHT), f"{Shade.DARK}", str(Shade.DARK))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
print(isinstance(Dir.NORTH, int), type(Room.HALL), Room.HALL in Room, enum.Enum.__name__)
try:
    Room.HALL = 5
except AttributeError as e:
    print("AttributeError:", e)
