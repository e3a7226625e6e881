"""A text-adventure state machine driven by commands read from stdin."""
import sys


class GameOver(Exception):
    pass


ROOMS = {
    "hall": {"desc": "A dusty hall. Doors lead north and east.", "exits": {"north": "library", "east": "kitchen"},
             "items": ["lamp"]},
    "library": {"desc": "Shelves of crumbling books.", "exits": {"south": "hall"}, "items": ["key", "book"],
                "dark": True},
    "kitchen": {"desc": "A cold kitchen. A locked door leads down.", "exits": {"west": "hall", "down": "cellar"},
                "items": ["bread"], "locked": "down"},
    "cellar": {"desc": "The treasure cellar!", "exits": {"up": "kitchen"}, "items": ["treasure"]},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {k: dict(v, items=list(v["items"])) for k, v in rooms.items()}
        self.here = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.handlers = {name[3:]: getattr(self, name) for name in dir(self) if name.startswith("do_")}

    @property
    def room(self):
        return self.rooms[self.here]

    def describe(self):
        if self.room.get("dark") and "lamp" not in self.inventory:
            return "It is pitch dark."
        items = ", ".join(self.room["items"]) or "nothing"
        exits = " ".join(sorted(self.room["exits"]))
        return f"[{self.here.title()}] {self.room['desc']} You see: {items}. Exits: {exits}."

    def do_look(self, *args):
        return self.describe()

    def do_go(self, direction=None, *rest):
        if direction is None:
            return "Go where?"
        if direction not in self.room["exits"]:
            return f"You can't go {direction}."
        if self.room.get("locked") == direction:
            return "The door is locked."
        self.here = self.room["exits"][direction]
        self.moves += 1
        if self.here == "cellar":
            self.state = "won"
        return self.describe()

    def do_take(self, *names):
        if not names:
            return "Take what?"
        name = " ".join(names)
        if self.room.get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        if name == "all":
            taken, self.room["items"] = self.room["items"], []
            self.inventory += taken
            return f"Taken: {', '.join(taken) or 'nothing'}."
        try:
            self.room["items"].remove(name)
        except ValueError:
            return f"There is no {name} here."
        self.inventory.append(name)
        return f"You take the {name}."

    def do_drop(self, name=None, *rest):
        if name not in self.inventory:
            return f"You don't have {'that' if name is None else 'the ' + name}."
        self.inventory.remove(name)
        self.room["items"].append(name)
        return "Dropped."

    def do_use(self, name=None, *rest):
        if name == "key" and "key" in self.inventory and self.room.get("locked"):
            del self.room["locked"]
            return "Click! The door unlocks."
        if name == "bread" and "bread" in self.inventory:
            self.inventory.remove("bread")
            return "Delicious."
        return "Nothing happens."

    def do_inventory(self, *args):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

    def do_quit(self, *args):
        raise GameOver(f"quit after {self.moves} moves")

    def step(self, line):
        words = line.lower().split()
        if not words:
            return None
        verb, *args = words
        verb = {"n": "go", "i": "inventory", "l": "look", "get": "take"}.get(verb, verb)
        handler = self.handlers.get(verb)
        if handler is None:
            return f"I don't know how to {verb!r}."
        return handler(*args)


game = Game(ROOMS)
print(game.describe())
print("commands:", sorted(game.handlers))
try:
    while game.state == "playing":
        try:
            line = input("> ")
        except EOFError:
            print()
            print("(end of input)")
            break
        reply = game.step(line)
        if reply:
            print(reply)
except GameOver as e:
    print(f"Game over: {e}")
print(f"state={game.state} moves={game.moves} inventory={sorted(game.inventory)}")
if game.state != "won":
    sys.exit(2)
