ROOMS = {
    "hall": {"desc": "A long hall.", "exits": {"north": "kitchen", "east": "study"}, "items": ["lamp"]},
    "kitchen": {"desc": "Smells of bread.", "exits": {"south": "hall"}, "items": ["knife", "bread"]},
    "study": {"desc": "Books everywhere.", "exits": {"west": "hall"}, "items": ["key"]},
}
class Game:
    def __init__(self):
        self.room = "hall"
        self.inv = []
        self.moves = 0
    def do(self, line):
        verb, _, obj = line.strip().partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(obj)
    def cmd_look(self, _):
        r = ROOMS[self.room]
        return f"{r['desc']} Exits: {', '.join(sorted(r['exits']))}. Items: {', '.join(r['items']) or 'none'}."
    def cmd_go(self, d):
        nxt = ROOMS[self.room]["exits"].get(d)
        if not nxt:
            return "You can't go that way."
        self.room = nxt
        return self.cmd_look("")
    def cmd_take(self, item):
        items = ROOMS[self.room]["items"]
        if item in items:
            items.remove(item); self.inv.append(item)
            return f"Taken: {item}."
        return f"No {item} here."
    def cmd_inv(self, _):
        return "You carry: " + (", ".join(sorted(self.inv)) or "nothing")
g = Game()
for cmd in ["look", "take lamp", "take sword", "go north", "take bread", "go west", "dance", "go south", "go east", "take key", "inv"]:
    print(">", cmd)
    print(g.do(cmd))
print("moves:", g.moves)
