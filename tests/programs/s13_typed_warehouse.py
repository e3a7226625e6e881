"""A typed warehouse model: NamedTuple, TypedDict, Generic, Protocol, and runtime introspection."""
from __future__ import annotations
from typing import (NamedTuple, TypedDict, Generic, TypeVar, Protocol, Optional, Union,
                    Callable, Iterator, get_type_hints, runtime_checkable, Literal, Any, ClassVar)
import typing

T = TypeVar("T")
K = TypeVar("K", str, int)


class Sku(NamedTuple):
    code: str
    size: str = "M"
    variant: int = 0

    def label(self) -> str:
        return f"{self.code}-{self.size}{self.variant or ''}"


class Item(TypedDict, total=False):
    sku: Sku
    qty: int
    price: float


@runtime_checkable
class Priced(Protocol):
    price: float

    def total(self) -> float: ...


class Bin(Generic[T]):
    count: ClassVar[int] = 0

    def __init__(self, name: str, cap: int) -> None:
        self.name = name
        self.cap = cap
        self.items: list[T] = []
        Bin.count += 1

    def put(self, item: T) -> "Bin[T]":
        if len(self.items) >= self.cap:
            raise OverflowError(f"bin {self.name} is full ({self.cap})")
        self.items.append(item)
        return self

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __repr__(self) -> str:
        return f"Bin[{self.name}]({self.items})"


class Line:
    def __init__(self, sku: Sku, qty: int, price: float):
        self.sku, self.qty, self.price = sku, qty, price

    def total(self) -> float:
        return self.qty * self.price


def find(bins: list[Bin[Any]], pred: Callable[[Any], bool]) -> Optional[tuple[str, Any]]:
    for b in bins:
        for it in b:
            if pred(it):
                return b.name, it
    return None


def parse(code: Union[str, bytes], kind: Literal["a", "b"] = "a") -> Sku:
    if isinstance(code, bytes):
        code = code.decode()
    base, _, rest = code.partition("/")
    size, _, var = rest.partition(":")
    return Sku(base, size or "M", int(var or 0))


skus = [parse(c) for c in ["TEE/L:2", "CAP", b"SOCK/S", "TEE/M", "TEE/L:1"]]
print(skus[0], skus[0].label(), skus[1]._asdict(), skus[2]._replace(size="XL"))
print(Sku._fields, Sku._field_defaults, Sku._make(["X", "S", 9]), Sku.__doc__ if False else "", len(skus[0]))
print(sorted(skus), max(skus, key=Sku.label), skus[3] == ("TEE", "M", 0), hash(skus[3]) == hash(("TEE", "M", 0)))
code, size, variant = skus[0]
print(code, size, variant, skus[0][-1], skus[0][:2], skus[0].count("L"), skus[0].index(2))

items: list[Item] = [{"sku": s, "qty": q, "price": p} for s, q, p in zip(skus, [3, 10, 25, 1, 4], [9.99, 5.0, 2.5, 12.0, 9.99])]
items.append(Item(sku=Sku("GIFT"), qty=1))
print(items[-1], type(items[-1]).__name__, Item.__total__, sorted(Item.__annotations__))

lines = [Line(i["sku"], i["qty"], i.get("price", 0.0)) for i in items]
print([isinstance(l, Priced) for l in lines[:2]], isinstance(skus[0], Priced), isinstance(3, Priced))
grand = sum(l.total() for l in lines)
print(f"grand total {grand:.2f} {grand!r}")

small: Bin[Sku] = Bin("small", 2)
large: Bin[Line] = Bin("large", 10)
for l in lines:
    try:
        (small if l.sku.size in ("S", "M") else large).put(l.sku if l.sku.size in ("S", "M") else l)
    except OverflowError as e:
        print("OverflowError:", e)
print(small, Bin.count, [x.sku.label() for x in large])
print(find([small, large], lambda it: isinstance(it, Sku) and it.size == "S"))
print(find([small, large], lambda it: getattr(it, "qty", 0) > 100))

hints = get_type_hints(find)
print({k: str(v).replace("typing.", "") for k, v in hints.items()})
print(find.__annotations__["return"], parse.__annotations__)
print(get_type_hints(Sku), get_type_hints(Bin.put)["return"])
print(typing.get_origin(list[int]), typing.get_args(dict[str, list[int]]), typing.get_args(Optional[int]))
print(typing.get_origin(Union[int, str]) is Union, typing.get_args(Literal["a", "b"]), Bin[int], Bin[int]().__class__ if False else Bin[int].__origin__)
print(T, K.__constraints__, T.__name__, Optional[Sku], Union[int, None] == Optional[int], Callable[[int], str])
print(int | str, list[int] | None, isinstance(3, int | str), typing.cast(int, "not checked"))
try:
    Bin[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Sku("A", "B", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
