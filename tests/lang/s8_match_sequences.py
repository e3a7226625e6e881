# match: sequence patterns ([...] and (...)), star captures, nesting, which types count
# as sequences (not str/bytes/bytearray, not iterators), custom and registered sequences.
import collections
import collections.abc
import array


def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r}, {y!r}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first={first!r} middle={middle!r} last={last!r}"
        case [first, *rest]:
            return f"first={first!r} and {len(rest)} more"
        case _:
            return "not a sequence: " + type(v).__name__


for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), list(range(10)),
          range(0), range(3), range(5, 8), "", "ab", b"ab", bytearray(b"ab"),
          collections.deque([1, 2]), array.array("i", [7, 8, 9]),
          memoryview(b"xy"), iter([1, 2]), {1, 2}, frozenset(), {1: 2}, None, 5,
          (x for x in range(2)), {}.keys()]:
    print(type(v).__name__, "->", shape(v))


# Star captures are always lists, even from tuples and ranges.
match (1, 2, 3):
    case (a, *b):
        print("tuple star:", a, b, type(b).__name__)
match range(4):
    case [*init, last]:
        print("range star:", init, last)
match [1]:
    case [*before, x, y] if False:
        pass
    case [*everything]:
        print("everything:", everything)


# Wildcards in sequences do not bind and do not index beyond what is needed.
class Loud(collections.abc.Sequence):
    def __init__(self, items):
        self.items = items

    def __len__(self):
        print("  len()")
        return len(self.items)

    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]


print("Loud [a, *_]:")
match Loud([10, 20, 30]):
    case [a, *_]:
        print("  a =", a)
print("Loud [*_, z]:")
match Loud([10, 20, 30]):
    case [*_, z]:
        print("  z =", z)
print("Loud [_, _, _]:")
match Loud([10, 20, 30]):
    case [_, _, _]:
        print("  three items")
print("Loud [a, b, c]:")
match Loud("xyz"):
    case [a, b, c]:
        print("  ", a, b, c)
print("Loud [a, *r] (unpacked):")
match Loud([1, 2, 3]):
    case [a, *r]:
        print("  ", a, r)


# Nested sequences, open tuple patterns, parenthesized patterns.
def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return ("2x2", a, b, c, d)
        case [(x, y), *others] if others:
            return ("pairs", x, y, len(others))
        case (1, (2, (3, rest))):
            return ("deep", rest)
        case [_, [_, [inner]]]:
            return ("inner", inner)
        case a, b:
            return ("open", a, b)
        case _:
            return ("no",)


for v in [[[1, 2], [3, 4]], [(1, 2), (3, 4), (5, 6)], (1, (2, (3, "end"))),
          [0, [0, ["x"]]], ("p", "q"), [[1, 2], [3]], [(1, 2)], "ab"]:
    print(v, "->", nested(v))


# A registered Sequence matches, a plain iterable does not.
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.a, self.b)[i]


match Pair(1, 2):
    case [x, y]:
        print("Pair is a sequence?", x, y)
    case _:
        print("Pair is not a sequence (not registered)")

collections.abc.Sequence.register(Pair)
match Pair(1, 2):
    case [x, y]:
        print("registered Pair is a sequence:", x, y)


# Subclasses of list/tuple, namedtuples and UserList are sequences; str subclasses are not.
class MyList(list):
    pass


class MyStr(str):
    pass


Pt = collections.namedtuple("Pt", "x y")
for v in [MyList([1, 2]), MyStr("ab"), Pt(3, 4), collections.UserList([5, 6])]:
    match v:
        case [a, b]:
            print(type(v).__name__, "sequence", a, b)
        case _:
            print(type(v).__name__, "not a sequence")


# Length mismatch leaves the case unmatched; huge star patterns.
match list(range(1000)):
    case [0, 1, *mid, 998, 999]:
        print("mid has", len(mid), "items, sum", sum(mid))


# Failing sub-pattern after earlier captures: the name stays unbound for this case.
def partial(v):
    match v:
        case [x, 0]:
            return "x0"
        case [y, z]:
            return "yz"
    return "none"


print(partial([1, 0]), partial([1, 1]), partial([1]))

# Errors inside the sequence protocol propagate.
class BadLen(collections.abc.Sequence):
    def __len__(self):
        raise RuntimeError("len failed")

    def __getitem__(self, i):
        return i


try:
    match BadLen():
        case [a]:
            pass
except RuntimeError as e:
    print("RuntimeError:", e)


class ShortGetitem(collections.abc.Sequence):
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 1:
            raise IndexError(i)
        return "only"


try:
    match ShortGetitem():
        case [a, b, c]:
            print("matched", a, b, c)
except ValueError as e:
    print("ValueError:", e)
match ShortGetitem():
    case [a, *_]:
        print("first via index:", a)
