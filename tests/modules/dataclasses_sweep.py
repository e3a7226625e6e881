from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, make_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import List, ClassVar, Optional
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    secret: str = field(default="s", repr=False, compare=False)
i = Item("pen", 1.5)
print(i, i == Item("pen", 1.5, [], "other"), asdict(i), astuple(i), [f.name for f in fields(i)], replace(i, price=2))
print(is_dataclass(i), is_dataclass(Item), is_dataclass(1), Item.__match_args__, repr(fields(Item)[0].type))
try: Item()
except TypeError as e: print(e)
try: Item("a", 1, [], "s", 5)
except TypeError as e: print(e)
try: Item("a", bogus=1)
except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
print(p < P(1, 3), sorted([P(2), P(1, 5), P(1)]), hash(p) == hash(P(1, 2)), {p: 1})
try: p.x = 5
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del p.x
except FrozenInstanceError as e: print(type(e).__name__, e)
try: P(1) < 1
except TypeError as e: print(e)
@dataclass
class C:
    a: int
    b: InitVar[int] = 1
    c: int = field(init=False)
    def __post_init__(self, b): self.c = self.a + b
print(C(1, 2), C(5))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
print(K2(1, b=2))
@dataclass(slots=True)
class S:
    x: int
    y: str = "a"
s = S(1); print(s, S.__slots__, hasattr(s, "__dict__"))
try: s.z = 1
except AttributeError as e: print(e)
@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)
    parent: Optional["Node"] = None
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n, asdict(n))
M = make_dataclass("M", ["a", ("b", int), ("c", int, field(default=3))], namespace={"tot": lambda self: self.a + self.b + self.c})
print(M(1, 2), M(1, 2).tot(), M.__name__)
@dataclass(eq=False, repr=False)
class NE: 
    x: int
print(NE(1) == NE(1), repr(NE(1)).startswith("<__main__.NE object"))
@dataclass
class Inh(Item):
    extra: int = 0
print(Inh("x", extra=3), [f.name for f in fields(Inh)])
try: asdict(1)
except TypeError as e: print(e)
try: fields(1)
except TypeError as e: print(e)
try: replace(p, z=1)
except TypeError as e: print(e)
@dataclass
class R:
    r: "R" = None
x = R(); x.r = x
print(repr(x))
print(Item.__init__.__qualname__ if hasattr(Item.__init__, '__qualname__') else '', Item.__eq__(i, 1))
