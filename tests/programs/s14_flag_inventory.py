"""Warehouse inventory: enum.Flag permissions, IntEnum priorities, match statements over commands."""
import enum
from dataclasses import dataclass, field


class Perm(enum.Flag):
    NONE = 0
    READ = enum.auto()
    WRITE = enum.auto()
    DELETE = enum.auto()
    AUDIT = enum.auto()
    EDITOR = READ | WRITE
    ADMIN = READ | WRITE | DELETE | AUDIT


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 9


class Zone(enum.Enum):
    COLD = "C"
    DRY = "D"
    HAZMAT = "H"

    @property
    def label(self):
        return self.name.title()


@dataclass
class Item:
    sku: str
    qty: int
    zone: Zone
    priority: Priority = Priority.NORMAL
    tags: set = field(default_factory=set)


USERS = {"ann": Perm.ADMIN, "bob": Perm.EDITOR, "cy": Perm.READ, "dee": Perm.READ | Perm.AUDIT}
stock = {}
audit = []


def need(user, perm):
    have = USERS.get(user, Perm.NONE)
    if perm not in have:
        missing = perm & ~have
        raise PermissionError(f"{user} lacks {missing.name or missing!r}")


def execute(user, command):
    match command.split():
        case ["add", sku, qty, zone] if qty.isdigit():
            need(user, Perm.WRITE)
            item = stock.setdefault(sku, Item(sku, 0, Zone(zone.upper())))
            item.qty += int(qty)
            return f"{sku}: qty {item.qty} in {item.zone.label}"
        case ["add", *_]:
            raise ValueError(f"usage: add SKU QTY ZONE (got {command!r})")
        case ["take", sku, qty] if sku in stock:
            need(user, Perm.WRITE)
            item = stock[sku]
            if int(qty) > item.qty:
                raise ValueError(f"only {item.qty} of {sku} left")
            item.qty -= int(qty)
            return f"{sku}: took {qty}, {item.qty} left"
        case ["take", sku, _]:
            raise KeyError(sku)
        case ["prio", sku, ("low" | "normal" | "high") as level]:
            need(user, Perm.WRITE)
            stock[sku].priority = Priority[level.upper()]
            return f"{sku}: priority {stock[sku].priority!r}"
        case ["tag", sku, *tags] if tags:
            need(user, Perm.WRITE)
            stock[sku].tags.update(tags)
            return f"{sku}: tags {sorted(stock[sku].tags)}"
        case ["rm", sku]:
            need(user, Perm.DELETE)
            del stock[sku]
            return f"{sku}: removed"
        case ["list"] | ["ls"]:
            need(user, Perm.READ)
            rows = sorted(stock.values(), key=lambda i: (-i.priority, i.sku))
            return "; ".join(f"{i.sku}x{i.qty}/{i.zone.value}/{i.priority.name}" for i in rows) or "(empty)"
        case ["audit"]:
            need(user, Perm.AUDIT)
            return f"{len(audit)} entries"
        case []:
            return "(nothing)"
        case [verb, *rest]:
            raise ValueError(f"unknown command {verb!r} with {len(rest)} args")


SCRIPT = [
    ("ann", "add bolt 40 d"), ("bob", "add milk 12 c"), ("bob", "add acid 3 h"), ("cy", "add nut 1 d"),
    ("bob", "take bolt 15"), ("bob", "take milk 20"), ("bob", "take gear 1"), ("ann", "prio acid high"),
    ("ann", "prio milk low"), ("bob", "tag bolt steel m8 steel"), ("cy", "list"), ("bob", "rm acid"),
    ("dee", "audit"), ("bob", "audit"), ("ann", "rm acid"), ("ann", "ls"), ("eve", "list"),
    ("ann", "add bolt many d"), ("ann", "add x 1 q"), ("ann", "frobnicate a b"), ("ann", ""),
]
for user, cmd in SCRIPT:
    try:
        result = execute(user, cmd)
    except (PermissionError, ValueError, KeyError) as e:
        result = f"!! {type(e).__name__}: {e}"
    audit.append((user, cmd))
    print(f"{user:>4} $ {cmd:<26} -> {result}")

print("-- flag algebra")
print(Perm.EDITOR, repr(Perm.ADMIN), Perm.READ | Perm.DELETE, Perm(3), Perm(0))
print(list(Perm.ADMIN), [p.name for p in Perm], len(Perm.EDITOR), bool(Perm.NONE))
print(Perm.ADMIN & ~Perm.DELETE, Perm.WRITE in Perm.EDITOR, Perm.EDITOR ^ Perm.AUDIT, Perm.ADMIN.value)
try:
    Perm(64)
except ValueError as e:
    print("ValueError:", e)
print(Priority.HIGH > Priority.LOW, Priority.NORMAL + 1, sorted([Priority.HIGH, 3, Priority.LOW]), f"{Priority.HIGH}")
print(Priority(9), Priority["LOW"], int(Priority.NORMAL), isinstance(Priority.LOW, int), str(Priority.LOW))
print(Zone("C"), Zone.HAZMAT.label, [z.value for z in Zone], Zone.DRY is Zone("D"), hash(Zone.DRY) == hash(Zone.DRY))
try:
    Zone("X")
except ValueError as e:
    print("ValueError:", e)


class Color(enum.Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2

    def describe(self):
        return f"{self.name.lower()}#{self.value}"


print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), list(Color.__members__))
print(Color.BLUE.describe(), enum.unique.__name__)
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)


class Shape(enum.IntFlag):
    ROUND = 1
    RED = 2


print(Shape.ROUND | Shape.RED, Shape.ROUND | 8, Shape(3) == 3, repr(Shape.RED | Shape.ROUND))
for value in (Priority.HIGH, Perm.READ | Perm.WRITE, Zone.COLD, 5, "x"):
    match value:
        case Priority.HIGH:
            print("high priority")
        case Perm.EDITOR:
            print("editor perms")
        case Zone():
            print("a zone:", value.name)
        case int(n) if n == Priority.NORMAL:
            print("int equal to NORMAL:", n)
        case other:
            print("other:", other)
