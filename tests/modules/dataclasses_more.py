from dataclasses import dataclass, field, asdict, fields, replace
from typing import List, Optional
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    @property
    def total(self): return self.price * self.qty
@dataclass
class Order:
    id: int
    items: List[Item] = field(default_factory=list)
    note: Optional[str] = None
    def add(self, *a, **k):
        self.items.append(Item(*a, **k))
        return self
    @property
    def total(self): return sum(i.total for i in self.items)
o = Order(1).add("pen", 1.5, 4).add("book", 12.0)
print(o)
print(o.total, asdict(o), [f.name for f in fields(Order)], [f.type for f in fields(Item)])
o2 = replace(o, id=2)
print(o2.items is o.items, o2 == o, o2.id)
@dataclass(order=True)
class Ranked:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    score: int
    def __post_init__(self): self.sort_key = (-self.score, self.name)
print(sorted([Ranked("b", 5), Ranked("a", 5), Ranked("c", 9)]))
@dataclass
class Cnt:
    n: int = 0
    def __iadd__(self, k):
        self.n += k
        return self
c = Cnt(); c += 5
print(c, Cnt.__init__.__doc__ is None or True, Cnt.__eq__(Cnt(1), Cnt(1)), Cnt(1) == (1,))
@dataclass(repr=False)
class NoRepr:
    a: int
print(repr(NoRepr(1)).startswith("<"), NoRepr(1) == NoRepr(1))
@dataclass(frozen=True)
class F:
    a: int
    b: tuple = ()
print(F(1), {F(1): "hashable"}[F(1)], F(1, (2,)) == F(1, (2,)))
try:
    F(1).__setattr__("a", 2)
except Exception as e:
    print(type(e).__name__, e)
