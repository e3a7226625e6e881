"""Text adventure as a state machine with enums, dispatch tables and a scripted input."""
import enum
from enum import Enum, IntEnum, Flag, auto
import io
import sys
import textwrap


class Dir(str, Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @classmethod
    def parse(cls, text):
        for d in cls:
            if text in (d.value, d.name.lower()):
                return d
        raise ValueError(f"no direction {text!r}")


class Perm(Flag):
    NONE = 0
    LOOK = auto()
    TAKE = auto()
    USE = auto()
    ALL = LOOK | TAKE | USE


class Level(IntEnum):
    EASY = 1
    NORMAL = 2
    HARD = 3


class State(Enum):
    EXPLORING = auto()
    FIGHTING = auto()
    WON = auto()
    DEAD = auto()


ROOMS = {
    "hall": {"desc": "A long hall with portraits whose eyes seem to follow you around the room as you walk.",
             "exits": {Dir.NORTH: "library", Dir.EAST: "kitchen"}, "items": ["lamp"], "perm": Perm.ALL},
    "library": {"desc": "Dusty shelves.", "exits": {Dir.SOUTH: "hall"}, "items": ["key", "book"], "perm": Perm.LOOK | Perm.TAKE},
    "kitchen": {"desc": "Smells of old soup.", "exits": {Dir.WEST: "hall", Dir.NORTH: "vault"}, "items": [], "perm": Perm.LOOK},
    "vault": {"desc": "Gold everywhere!", "exits": {}, "items": ["gold"], "perm": Perm.NONE},
}


class Game:
    def __init__(self, level=Level.NORMAL, out=sys.stdout):
        self.room = "hall"
        self.inv = []
        self.state = State.EXPLORING
        self.level = level
        self.out = out
        self.moves = 0

    def say(self, *a):
        print(*a, file=self.out)

    def do_look(self, arg):
        r = ROOMS[self.room]
        if Perm.LOOK not in r["perm"]:
            self.say("Too dark.")
            return
        for line in textwrap.wrap(r["desc"], width=30):
            self.say("  |", line)
        self.say("  exits:", ", ".join(d.name.title() for d in r["exits"]) or "none")
        self.say("  items:", r["items"])

    def do_go(self, arg):
        try:
            d = Dir.parse(arg)
        except ValueError as e:
            self.say("??", e)
            return
        nxt = ROOMS[self.room]["exits"].get(d)
        if nxt is None:
            self.say("You bump into a wall going", d)
            return
        if nxt == "vault" and "key" not in self.inv:
            self.say("The vault is locked.")
            return
        self.room = nxt
        self.moves += 1
        if nxt == "vault":
            self.state = State.WON

    def do_take(self, arg):
        r = ROOMS[self.room]
        if not (r["perm"] & Perm.TAKE):
            self.say("Can't take here;", r["perm"])
        elif arg in r["items"]:
            r["items"].remove(arg)
            self.inv.append(arg)
            self.say("Taken:", arg)
        else:
            self.say("No", arg, "here")

    def do_inv(self, arg):
        self.say("Carrying:", sorted(self.inv) or "nothing")

    def step(self, line):
        verb, _, arg = line.strip().partition(" ")
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            self.say(f"Unknown verb {verb!r}")
        else:
            handler(arg)
        return self.state


script = """look
go north
take book
take key
go s
go e
look
take spoon
go up
go nowhere
inv
dance
go n
"""
buf = io.StringIO()
g = Game(Level.HARD, out=buf)
for cmd in script.splitlines():
    st = g.step(cmd)
    buf.write(f"> {cmd:<12} [{st.name}] room={g.room}\n")
    if st is State.WON:
        break
print(buf.getvalue(), end="")
print("moves:", g.moves, "level:", g.level, int(g.level), g.level > Level.EASY, g.level + 1)
print(list(Perm), Perm.ALL, Perm.LOOK | Perm.USE, ~Perm.LOOK, bool(Perm.NONE))
print(Perm(3), Perm.TAKE in Perm.ALL, repr(Perm.LOOK | Perm.TAKE))
print(Dir("n"), repr(Dir.EAST), Dir.EAST == "e", f"{Dir.WEST}", Dir.WEST.value, [d.value for d in Dir])
print(Level["HARD"], Level(2).name, sorted([Level.HARD, Level.EASY]), max(Level))
print(State.WON.value, State(4), len(State), State.__members__.keys())
try:
    Level(7)
except ValueError as e:
    print("ValueError:", e)
try:
    State["LOST"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(Dir.NORTH, str), Dir.NORTH.upper(), "%s" % Dir.NORTH, str(Level.EASY), format(Level.EASY))


try:
    @enum.unique
    class Color(Enum):
        RED = 1
        GREEN = 2
        CRIMSON = 1
except ValueError as e:
    print("unique:", e)
