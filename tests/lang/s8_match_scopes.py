# match: in functions, loops (break/continue/return inside cases), generators, class
# bodies, closures, global/nonlocal captures, comprehensions; `match`/`case` stay usable
# as ordinary names (soft keywords).

match = [1, 2]
case = {"k": "v"}
print(match, case)
match[0] = 10
print(match)
match (match):
    case [x, y]:
        print("matched the list called match:", x, y)


def match(x):  # noqa: F811 - a function named match
    return f"match({x})"


print(match(3))
_ = "underscore"
match _:
    case "underscore":
        print("subject named _")


class case:
    __match_args__ = ("match",)

    def __init__(self, match):
        self.match = match


match case(match=5):
    case case(match=m):
        print("class named case, attribute match =", m)
match case(7):
    case case(case):
        print("capture named case:", case)


# Loops: continue/break/return inside cases.
def run(commands):
    out = []
    for i, cmd in enumerate(commands):
        match cmd.split():
            case ["skip"]:
                continue
            case ["stop"]:
                break
            case ["ret", value]:
                return out + [f"returned {value}"]
            case ["say", *words]:
                out.append(" ".join(words))
            case []:
                out.append("(blank)")
            case _:
                out.append(f"unknown #{i}: {cmd!r}")
    else:
        out.append("loop finished")
    return out


print(run(["say hello world", "skip", "", "jump", "say bye"]))
print(run(["say a", "stop", "say b"]))
print(run(["say a", "ret 42", "say b"]))

# While loop with a match deciding the state machine.
state, steps = "start", []
while True:
    match state:
        case "start":
            state = "middle"
        case "middle":
            state = "end"
        case "end":
            steps.append(state)
            break
    steps.append(state)
print(steps)


# Generators.
def tokens(items):
    for item in items:
        match item:
            case int(n) | float(n):
                yield ("num", n)
            case str(s) if s.isidentifier():
                yield ("name", s)
            case [*inner]:
                yield from tokens(inner)
            case _:
                yield ("?", item)


print(list(tokens([1, "x", [2.5, ["y", "1bad"]], None])))


# Class bodies: captures become class attributes.
class Settings:
    raw = ("debug", 3)
    match raw:
        case (mode, level):
            pass
    del raw


print(Settings.mode, Settings.level, hasattr(Settings, "raw"))


# Closures see captured names; nonlocal and global captures.
def outer(v):
    match v:
        case [a, b]:
            pass

    def inner():
        return a + b

    return inner()


print(outer([3, 4]))


def counter():
    total = 0

    def add(item):
        nonlocal total
        match item:
            case {"add": total}:
                pass
            case _:
                pass
        return total

    return add


add = counter()
print(add({"add": 5}), add({}), add({"add": 9}))

g = "initial"


def set_global(v):
    global g
    match v:
        case str() as g:
            pass


set_global("changed")
print(g)

# Inside a comprehension (via a function) and a lambda-built dispatcher.
def kind(v):
    match v:
        case bool():
            return "bool"
        case int():
            return "int"
        case str():
            return "str"
        case _:
            return "other"


print([kind(v) for v in [True, 1, "a", 1.0]])
print({v: kind(v) for v in (0, "z")})


# Recursion through match.
def flatten(tree):
    match tree:
        case []:
            return []
        case [head, *tail]:
            return flatten(head) + flatten(tail)
        case leaf:
            return [leaf]


print(flatten([1, [2, [3, [4, []]]], 5]))


# Deep recursion through match raises RecursionError cleanly.
def depth(t):
    match t:
        case [inner]:
            return 1 + depth(inner)
        case _:
            return 0


nested = []
for _ in range(50):
    nested = [nested]
print(depth(nested))
def match(*a):
    return ("called", a)
print(match (1))
match (2)
x = match [0] if False else 1
class O: case = 3; match = 4
print(O.case, O.match)
match = {"a": 1}
print(match["a"])
match -1:
    case -1: print("neg subject")
match -x if False else 5:
    case 5: print("cond subject")
case = lambda: "case fn"
print(case())
match, case = 1, 2
print(match, case)
match not case:
    case False: print("not case is False")
match {}: 
    case {}: print("dict subject")

# Guards with generator expressions and lambdas that close over captured names.
def f(v, ys):
    match v:
        case [x] if any(x == y for y in ys):
            return [lambda: x][0]()
        case {"k": k} if [k2 for k2 in ys if k2 == k]:
            return k
    return None
print(f([2], [1, 2]), f([5], [1]), f({"k": 1}, [1]))
ys = [3]
match [3]:
    case [x] if any(x == y for y in ys):
        print("module-level closure guard", x)
class K:
    ys = [4]
    match [4]:
        case [x] if x in ys:
            print("class body guard", x)
print(K.x)
