# The match statement (PEP 634): every pattern kind, guards, captures, or-patterns.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def literals(x):
    match x:
        case 1 | 2:
            return "small"
        case None:
            return "none"
        case True:
            return "true"
        case -1 | 1+2j | 0.5:
            return "odd"
        case "s" | b"b":
            return "text"
        case Color.RED:
            return "red"
        case _:
            return "other"


def sequences(x):
    match x:
        case []:
            return 0
        case [a]:
            return a
        case [a, b, *rest]:
            return a, b, rest
        case [*_]:
            pass
        case [a, *_]:
            return a
        case [a, *_, b]:
            return a, b
        case [*rest]:
            return rest
        case (1, _) | (2, _):
            pass
        case [[a, b], [c, d]]:
            return a + b + c + d


def mappings(x):
    match x:
        case {}:
            return 0
        case {"k": v, **kw}:
            return v, kw
        case {**r}:
            return r
        case {1: _, 2: a} if a:
            return a
        case {Color.RED: v, "x": [y, *_]}:
            return v, y


def classes(x):
    match x:
        case Point(x=0, y=yy) if yy > 1:
            return yy
        case Point(a, b):
            return a
        case Point(a, y=b):
            return a, b
        case str() as s:
            return s
        case int(n) | float(n):
            return n
        case Point(Point(a, b), _):
            return a, b
        case dict(d):
            return d


def captures(x):
    match x:
        case ([1, p] as q) | [q, p]:
            return p, q
        case [a, b] | (b, a, _):
            return a, b
        case {"a": a, "b": [b, c]} | {"a": [b, c], "b": a}:
            return a, b, c
        case (1 | 2) as n:
            return n
        case _ if x:
            pass


def default_only(y):
    match y:
        case _:
            pass


def in_loop(items):
    total = 0
    for item in items:
        match item:
            case ("add", n):
                total += n
            case ("skip",):
                continue
            case ("stop",):
                break
            case other:
                print(other)
    return total


def statements(x):
    match x:
        case 1:
            y = 1
        case [a,
              b]:
            y = 2
        case _:
            y = 3
    return y


match Point(1, 2):
    case Point(x=1) as p:
        print(p.y)
    case _:
        pass
