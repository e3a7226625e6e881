import types, typing
a = list[int]
print(a, repr(dict[str, list[int]]), tuple[int, ...], type[int], set[str], frozenset[bytes])
print(a.__origin__, a.__args__, a.__parameters__, type(a) is types.GenericAlias, isinstance(a, type))
print(a == list[int], a != list[str], hash(a) == hash(list[int]), a([1, 2]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
u = int | None
print(u, type(u) is types.UnionType, u.__args__, int | str | int, int | int, (int | str) == (str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None), isinstance(None, int | None))
print(list[int] | None, str | list[str], typing.Optional[int] == (int | None))
try:
    int | "str"
except TypeError as e:
    print("TypeError", e)
def f(x: list[int]) -> dict[str, int | None]: ...
print(f.__annotations__)
print(types.MethodType(lambda self: self * 2, 21)(), types.ModuleType("m", "doc").__doc__, repr(types.ModuleType("m")))
code = (lambda: 5).__code__
print(types.FunctionType(code, {})(), types.FunctionType(code, {}, "named").__name__)
