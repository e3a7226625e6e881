from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass, InitVar
import dataclasses
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, repr(p), p == Point(1, 0, []), p != Point(2), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(p)])
print(is_dataclass(p), is_dataclass(Point), is_dataclass(1), Point.__dataclass_fields__["y"].default)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try:
    v.major = 3
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
@dataclass
class Base:
    a: int
    def total(self): return self.a
@dataclass
class Child(Base):
    b: int = 2
    def total(self): return self.a + self.b
print(Child(1), Child(1, 5).total())
@dataclass
class Post:
    w: int
    h: int
    area: int = field(init=False)
    secret: str = field(default="s", repr=False, compare=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Post(2, 3), Post(2, 3) == Post(2, 3, "other"))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class BadDefault:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    Point()
except TypeError as e:
    print("TypeError", e)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1))
@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 1
    def __post_init__(self, scale): self.x *= scale
print(WithInit(3, 4))
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
@dataclass(slots=True)
class Sl:
    a: int
print(Sl(1), hasattr(Sl(1), "__dict__"))
Dyn = dataclasses.make_dataclass("Dyn", [("a", int), ("b", str, field(default="x"))])
print(Dyn(1))
@dataclass
class Nested:
    p: Point
    items: list
print(asdict(Nested(Point(1, 2), [Point(3)])))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash(H(1)))
