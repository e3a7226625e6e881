import enum
class State(enum.Enum):
    HALL = "hall"
    KITCHEN = "kitchen"
    CELLAR = "cellar"
    GARDEN = "garden"
    WON = "won"
    DEAD = "dead"

TRANSITIONS = {
    State.HALL: {"north": State.KITCHEN, "down": State.CELLAR},
    State.KITCHEN: {"south": State.HALL, "out": State.GARDEN},
    State.CELLAR: {"up": State.HALL},
    State.GARDEN: {"in": State.KITCHEN},
}

class Game:
    def __init__(self):
        self.state = State.HALL
        self.inventory = set()
        self.moves = 0
        self.handlers = {}
        for name in dir(self):
            if name.startswith("do_"):
                self.handlers[name[3:]] = getattr(self, name)
    def do_go(self, where):
        nxt = TRANSITIONS.get(self.state, {}).get(where)
        if nxt is None:
            return f"You can't go {where} from the {self.state.value}."
        if nxt is State.CELLAR and "lamp" not in self.inventory:
            self.state = State.DEAD
            return "It is pitch dark. You are eaten by a grue."
        self.state = nxt
        return f"You are in the {nxt.value}."
    def do_take(self, thing):
        items = {State.KITCHEN: "lamp", State.GARDEN: "key", State.CELLAR: "treasure"}
        if items.get(self.state) == thing:
            self.inventory.add(thing)
            if thing == "treasure":
                self.state = State.WON
            return f"Taken: {thing}."
        return f"There is no {thing} here."
    def do_inv(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
    def step(self, line):
        verb, *rest = line.split()
        self.moves += 1
        try:
            h = self.handlers[verb]
        except KeyError:
            return f"I don't know how to {verb!r}."
        try:
            return h(*rest)
        except TypeError as e:
            return f"Huh? ({e})"

for script in (["inv", "go north", "take lamp", "go up", "dance", "go south", "go down", "take treasure"],
               ["go down", "inv"], ["take", "go north north"]):
    g = Game()
    for cmd in script:
        out = g.step(cmd)
        print(f"> {cmd:<15} {out}")
        if g.state in (State.WON, State.DEAD):
            print(f"Game over: {g.state.name} after {g.moves} moves")
            break
    else:
        print("(script ended)", g.state)
print(list(State)[:2], State("garden"), State["WON"].value)
print(State.HALL == State.HALL, State.HALL is State("hall"), len(State))
try:
    State("attic")
except ValueError as e:
    print(e)
