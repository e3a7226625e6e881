"""A text adventure driven by stdin: rooms, inventory, a state machine and input() prompts."""
import sys
from enum import Enum


class State(Enum):
    EXPLORING = "exploring"
    FIGHTING = "fighting"
    WON = "won"
    DEAD = "dead"


ROOMS = {
    "entrance": {"desc": "A damp cave mouth.", "exits": {"north": "hall"}, "items": ["torch"]},
    "hall": {"desc": "A vaulted hall. Water drips.", "exits": {"south": "entrance", "east": "armory", "north": "lair"},
             "items": []},
    "armory": {"desc": "Rusty racks line the walls.", "exits": {"west": "hall"}, "items": ["sword", "shield"]},
    "lair": {"desc": "A dragon sleeps on gold.", "exits": {"south": "hall"}, "items": ["gold"], "dark": True},
}


class Game:
    def __init__(self):
        self.room = "entrance"
        self.inventory = []
        self.state = State.EXPLORING
        self.dragon_hp = 3
        self.hp = 3
        self.moves = 0

    def describe(self):
        r = ROOMS[self.room]
        if r.get("dark") and "torch" not in self.inventory:
            return "It is pitch black. You might be eaten."
        items = f" You see: {', '.join(r['items'])}." if r["items"] else ""
        return f"{r['desc']}{items} Exits: {' '.join(sorted(r['exits']))}."

    def handle(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, *rest = words
        obj = " ".join(rest)
        self.moves += 1
        if self.state is State.FIGHTING and verb not in ("attack", "flee", "inventory"):
            self.hp -= 1
            if self.hp <= 0:
                self.state = State.DEAD
                return "The dragon burns you to a crisp."
            return f"The dragon claws you! (hp {self.hp})"
        match verb:
            case "go" | "walk" if obj in ROOMS[self.room]["exits"]:
                self.room = ROOMS[self.room]["exits"][obj]
                if self.room == "lair" and self.dragon_hp > 0:
                    self.state = State.FIGHTING
                    return self.describe() + " The dragon wakes up!"
                return self.describe()
            case "go" | "walk":
                return f"You can't go {obj or 'nowhere'}."
            case "take" | "get":
                items = ROOMS[self.room]["items"]
                if obj == "all":
                    taken, items[:] = items[:], []
                    self.inventory += taken
                    return f"Taken: {', '.join(taken) or 'nothing'}."
                if obj in items:
                    items.remove(obj)
                    self.inventory.append(obj)
                    return f"Taken: {obj}."
                return f"There is no {obj} here."
            case "drop" if obj in self.inventory:
                self.inventory.remove(obj)
                ROOMS[self.room]["items"].append(obj)
                return f"Dropped {obj}."
            case "inventory" | "i":
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case "look" | "l":
                return self.describe()
            case "attack":
                if self.state is not State.FIGHTING:
                    return "Attack what?"
                dmg = 2 if "sword" in self.inventory else 0
                if dmg == 0:
                    self.hp -= 1
                    return "You punch the dragon. It laughs." if self.hp > 0 else self._die()
                self.dragon_hp -= dmg
                if self.dragon_hp <= 0:
                    self.state = State.EXPLORING
                    return "The dragon falls!"
                blocked = "shield" in self.inventory
                if not blocked:
                    self.hp -= 1
                return f"You hit the dragon (dragon hp {self.dragon_hp}){'' if blocked else ' and get scorched'}."
            case "flee":
                self.state = State.EXPLORING
                self.room = "hall"
                return "You run back to the hall."
            case "quit":
                raise SystemExit(f"Quitter after {self.moves} moves.")
            case _:
                return f"I don't know how to {verb!r}."

    def _die(self):
        self.state = State.DEAD
        return "You have died."


g = Game()
print(g.describe())
while g.state not in (State.WON, State.DEAD):
    try:
        line = input(f"[{g.room}|hp {g.hp}]> ")
    except EOFError:
        print()
        print("Input ended.", file=sys.stderr)
        break
    print(line)
    reply = g.handle(line)
    print(" ", reply)
    if "gold" in g.inventory and g.room == "entrance":
        g.state = State.WON
print(f"Final state: {g.state.value}; moves={g.moves}; inventory={sorted(g.inventory)}")
if g.state is not State.WON:
    sys.exit(3)
