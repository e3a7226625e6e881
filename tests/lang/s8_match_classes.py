# match: class patterns: __match_args__ for positional sub-patterns, keyword
# sub-patterns, the built-in types that match their subject as a whole, dataclasses and
# namedtuples, inheritance, isinstance hooks, and the TypeErrors CPython raises.
import collections
import dataclasses
import typing


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on plane at {x},{y}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"somewhere {p}"
        case _:
            return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Point3(1, 2, 0), Point3(0, 0, 1), Point3(1, 2, 3), (0, 0), None]:
    print(p, "->", where(p))


# Built-in types match the whole subject with one positional sub-pattern.
def builtin(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s) | bytes(s) | bytearray(s):
            return f"text {s!r}"
        case list([x, *_]) | tuple((x, *_)):
            return f"non-empty sequence starting with {x!r}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case complex(real=r, imag=i):
            return f"complex {r} {i}"
        case _:
            return f"other {v!r}"


for v in [True, -3, 7, 2.5, "s", b"b", bytearray(b"ba"), [1, 2], (3,), [], {"k": 9},
          {1}, frozenset({1, 2}), 1 + 2j, None, {}]:
    print(repr(v), "->", builtin(v))


# Subclasses of built-ins inherit the whole-subject rule unless they set __match_args__.
class MyInt(int):
    pass


class Celsius(float):
    __match_args__ = ("real",)


match MyInt(5):
    case MyInt(n):
        print("MyInt ->", n, type(n).__name__)
match Celsius(21.5):
    case Celsius(deg):
        print("Celsius ->", deg, type(deg).__name__)


# Keyword sub-patterns use getattr: properties work, missing attributes fail the case.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @property
    def broken(self):
        raise AttributeError("no such thing")


for acct in [Account("ann", 0), Account("bob", 150), Account("cy", -5)]:
    match acct:
        case Account(owner=o, balance=0):
            print(o, "is empty")
        case Account(owner=o, broken=_):
            print(o, "unreachable: broken raised AttributeError")
        case Account(owner=o, missing=m):
            print(o, "has missing?", m)
        case Account(owner=o, balance=b) if b > 100:
            print(o, "is rich:", b)
        case Account(owner=o):
            print(o, "is an account")


# Dataclasses and namedtuples generate __match_args__.
@dataclasses.dataclass
class Item:
    name: str
    price: float
    qty: int = 1


Pair = collections.namedtuple("Pair", ["left", "right"])


class Vec(typing.NamedTuple):
    x: float
    y: float


for obj in [Item("pen", 1.5), Item("book", 12.0, 3), Pair("L", "R"), Vec(0.0, 1.0), Vec(2.0, 2.0)]:
    match obj:
        case Item(name, price, qty=1):
            print("single", name, price)
        case Item(name, price, qty):
            print(qty, "x", name, "=", price * qty)
        case Pair(l, r):
            print("pair", l, r)
        case Vec(0.0, y):
            print("vertical vec", y)
        case Vec(x=x, y=y):
            print("vec", x, y)
print(Item.__match_args__, Pair.__match_args__, Vec.__match_args__)


# A class pattern with a dotted class name; classes are looked up each time.
class shapes:
    class Circle:
        __match_args__ = ("r",)

        def __init__(self, r):
            self.r = r


match shapes.Circle(2):
    case shapes.Circle(r):
        print("circle radius", r)


# isinstance hooks (ABCs) are honoured.
class Duck:
    def __len__(self):
        return 0


match Duck():
    case collections.abc.Sized():
        print("Duck is Sized")


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", type(obj).__name__)
        return obj == "magic"


class Magic(metaclass=Meta):
    pass


for v in ["magic", "plain"]:
    match v:
        case Magic():
            print(v, "is Magic")
        case _:
            print(v, "is not Magic")


# The errors.
def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


class NoArgs:
    pass


class ListArgs:
    __match_args__ = ["a"]
    a = 1


class IntArgs:
    __match_args__ = ("a", 2)
    a = 1


class Two:
    __match_args__ = ("a", "b")
    a = b = 1


def m_noargs():
    match NoArgs():
        case NoArgs(x):
            return x


def m_notype():
    match 3:
        case len(x):
            return x


def m_list_args():
    match ListArgs():
        case ListArgs(x):
            return x


def m_int_args():
    match IntArgs():
        case IntArgs(x, y):
            return x, y


def m_too_many():
    match Two():
        case Two(a, b, c):
            return a


def m_builtin_two():
    match "s":
        case str(a, b):
            return a


def m_dup():
    match Two():
        case Two(x, a=y):
            return x, y


def m_not_instance_first():
    match "str":
        case NoArgs(1, 2, 3):
            return "no"
        case _:
            return "isinstance fails before __match_args__ is checked"


def m_getattr_error():
    class Raiser:
        __match_args__ = ("v",)

        @property
        def v(self):
            raise KeyError("v")

    match Raiser():
        case Raiser(v):
            return v


attempt("NoArgs(x)", m_noargs)
attempt("len(x)", m_notype)
attempt("list __match_args__", m_list_args)
attempt("int in __match_args__", m_int_args)
attempt("too many", m_too_many)
attempt("str(a, b)", m_builtin_two)
attempt("duplicate attribute", m_dup)
attempt("not an instance", m_not_instance_first)
attempt("getattr raises KeyError", m_getattr_error)
