import types, collections.abc
from typing import TypeVar
T = TypeVar("T")
K = TypeVar("K")
a = list[int]
print(a, repr(a), type(a), type(a) is types.GenericAlias, a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[frozenset[str]], list[list], list["Foo"], list[None])
print(a == list[int], a != list[str], a == list, hash(a) == hash(list[int]), {a: 1}[list[int]], a.__name__, a.__qualname__ if hasattr(a, "__qualname__") else "-")
print(a([1, 2]), dict[str, int](x=1), a.append is list.append, a.__class__.__name__, a.__mro_entries__((a,)))
class MyList(list[int]):
    pass
print(MyList.__bases__, MyList.__orig_bases__ if hasattr(MyList, "__orig_bases__") else None, MyList([3]))
g = dict[K, list[T]]
print(g, g.__parameters__, g[str, int], g[str, int].__parameters__, list[T][bytes], list[T].__parameters__)
for bad in [lambda: list[int][str], lambda: dict[K, T][int], lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
u = int | str
print(u, type(u), type(u) is types.UnionType, u.__args__, u == (str | int), u == (int | float), hash(u) == hash(str | int))
print(int | None, None | int, int | int, (int | str) | float, int | (str | float), list[int] | None, int | list[int] | int)
print(isinstance(1, int | str), isinstance("s", int | str), isinstance(None, int | None), isinstance(1.5, int | str), issubclass(bool, int | str), issubclass(float, str | bytes))
print(isinstance(1, (str, int | float)), isinstance(b"", (str, bytes | None)))
for bad in [lambda: int | "str", lambda: int | 1, lambda: isinstance(1, int | list[int]), lambda: issubclass(1, int | str)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print((T | int), (T | int).__parameters__, (T | int)[str], (list[T] | None)[int])
print(collections.abc.Iterable[int], collections.abc.Callable[[int, str], bool] if False else "skip", collections.abc.Mapping[str, int].__origin__)
def f(x: list[int], y: int | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
print(repr(int.__add__), repr(object.__init__), repr(str.join), repr(list.__getitem__), repr(dict.__contains__), repr(int.real), repr(int.__dict__["bit_length"]))
print(type((1).__add__).__name__, type("".join).__name__, type(int.__dict__["from_bytes"]).__name__, type(object.__new__).__name__, type(int.numerator).__name__)
print((5).__add__(3), int.__add__(5, 3), str.upper("a"), "x".__len__(), object.__init__ is object.__init__, (1).__add__ == (1).__add__)
print(type(None)(), type(...)(), type(NotImplemented)())
for bad in [lambda: type(None)(1), lambda: type(...)(x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
