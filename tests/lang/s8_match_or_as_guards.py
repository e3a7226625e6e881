# match: OR patterns (same names in any order), AS patterns, guards (evaluated after the
# captures are stored), and which names a failed case leaves bound.


def alt(v):
    match v:
        case [x, 1] | [1, x]:
            return ("one-side", x)
        case (a, b, "swap") | (b, a, "keep"):
            return ("ordered", a, b)
        case {"k": k, "v": v2} | {"key": k, "value": v2}:
            return ("kv", k, v2)
        case (1 | 2 | 3) as small:
            return ("small", small)
        case [(0 | 1) as bit, *rest] if all(r in (0, 1) for r in rest):
            return ("bits", bit, rest)
        case str() | bytes() as text:
            return ("text", text)
        case (int() | float()) as num if num > 100:
            return ("big", num)
    return ("no",)


for v in [[5, 1], [1, 5], [1, 1], ("A", "B", "swap"), ("A", "B", "keep"),
          {"k": 1, "v": 2}, {"key": 3, "value": 4}, 2, [1, 0, 1], [0, 2],
          "t", b"b", 1000, 100.5, 50]:
    print(v, "->", alt(v))


# Guards run after binding: a failed guard leaves the names bound (as CPython does).
def guarded(v):
    seen = []
    match v:
        case [x, y] if seen.append(("first guard", x, y)) or x > y:
            result = "descending"
        case [x, y] if seen.append(("second guard", x, y)) or x == y:
            result = "equal"
        case [x, *_]:
            result = "other"
        case _:
            result = "none"
    return result, seen


for v in [[2, 1], [1, 1], [1, 2], [1, 2, 3], []]:
    print(v, guarded(v))


# A failed pattern does not store anything; earlier successful cases' names remain.
def bindings_fast(v):
    match v:
        case [a, b, 0]:
            pass
        case [c, d]:
            pass
        case _:
            pass
    out = []
    for get in (lambda: a, lambda: b, lambda: c, lambda: d):
        try:
            out.append(get())
        except NameError as e:
            out.append(type(e).__name__)
    return out


print(bindings_fast([1, 2, 0]), bindings_fast([1, 2]), bindings_fast([1, 2, 3]))

# Guard side effects and short-circuiting.
order = []


def g(label, result):
    order.append(label)
    return result


match 5:
    case 1 if g("guard 1", True):
        pass
    case 5 if g("guard 2", False):
        pass
    case int() if g("guard 3", True) and g("guard 3b", True):
        order.append("body 3")
    case _ if g("guard 4", True):
        pass
print(order)

# The default case with a guard.
for v in [0, 1]:
    match v:
        case 5:
            print("five")
        case _ if v:
            print(v, "truthy default")
    print(v, "after match")

# Nested AS and capture of the whole subject.
match [1, [2, 3]]:
    case [int() as first, [_, _] as pair] as whole:
        print(first, pair, whole)

# Wildcard in an OR pattern's last alternative, and OR of literals inside sequences.
match ["go", "north"]:
    case ["go", ("north" | "south" | "east" | "west") as direction]:
        print("going", direction)
match ["go", "up"]:
    case ["go", ("north" | "south")]:
        print("no")
    case ["go", _] | ["walk", _]:
        print("moving somewhere")

# Exceptions in guards propagate; names are already bound.
try:
    match [1, 0]:
        case [p, q] if p / q:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, "p =", p, "q =", q)
