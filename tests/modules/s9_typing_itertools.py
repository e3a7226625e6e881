import typing
from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Tuple, Callable, Any, get_type_hints, TypeVar, Generic, Literal, Iterable
import itertools as it

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class Emp(NamedTuple):
    name: str
    id: int = 3
e = Emp("a")
print(e, repr(e), e._fields, e._field_defaults, e._asdict(), e._replace(id=5), Emp._make(["b", 7]), e[0], Emp.__annotations__, tuple(e))
show("nt missing", lambda: Emp())
show("nt extra", lambda: Emp("a", 1, 2))
show("nt setattr", lambda: setattr(e, "name", "z"))
class Movie(TypedDict):
    title: str
    year: int
class M2(Movie, total=False):
    extra: bool
m = Movie(title="x", year=1)
print(m, type(m), Movie.__required_keys__, M2.__optional_keys__, M2.__total__, sorted(M2.__annotations__))
print(Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool], Callable[..., Any])
print(int | None, list[int], dict[str, int] | None, Union[int], Union[int, int], repr(Any), Literal[1, "a"], typing.Set[int], typing.FrozenSet, typing.Sequence[str], Iterable)
T = TypeVar("T")
print(T, repr(T), TypeVar("U", bound=int), TypeVar("S", int, str), typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_args(Optional[int]), typing.get_origin(int | str))
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
print(Box[int], Box(1).v, Box.__parameters__)
def f(a: int, b: "str" = "x", *args: float, c: Optional[List[int]] = None, **kw: Any) -> Dict[str, int]:
    pass
print(get_type_hints(f))
print(f.__annotations__)
class K:
    x: int
    y: "list[str]"
    z: typing.ClassVar[int] = 3
print(get_type_hints(K))
print(typing.cast(int, "s"), typing.TYPE_CHECKING, typing.NewType("UserId", int)(5), typing.NewType("UserId", int), typing.Final, typing.Protocol)
@typing.runtime_checkable
class Closable(typing.Protocol):
    def close(self): ...
print(isinstance(open(__file__), Closable), isinstance(1, Closable))
@typing.overload
def g(x: int) -> int: ...
@typing.overload
def g(x: str) -> str: ...
def g(x): return x
print(g(3), typing.no_type_check(lambda: 1)())
show("union call", lambda: Union[int, str]())
show("isinstance generic", lambda: isinstance([], List[int]))
print(isinstance(3, int | str), isinstance([], typing.List), issubclass(list, typing.Sequence))
# itertools
print(list(it.count(5, 2))[:0] if False else list(it.islice(it.count(5, 2), 4)), list(it.islice(it.count(1.5, 0.5), 3)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.repeat(1, 0)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=0)), list(it.accumulate("abc")))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1, 5])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "a"])), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)], list(it.groupby([])))
print(list(it.pairwise("abcd")), list(it.pairwise("a")), list(it.islice("abcdefg", 2, None, 2)), list(it.islice("abc", None)), list(it.islice("abcdef", 1, 4)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x", [True])), list(it.product()), list(it.product([], [1])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc")), list(it.permutations(range(3), 2)), list(it.permutations([], 0)), list(it.permutations([1], 2)), list(it.permutations("ab", 0)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(3), 0)), list(it.combinations([1], 2)), list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 1)))
a, b = it.tee([1, 2, 3]); print(list(a), list(b), len(it.tee("x", 3)))
g = it.groupby("aabb"); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
show("islice neg", lambda: it.islice("abc", -1))
show("islice step0", lambda: it.islice("abc", 0, 2, 0))
show("perm neg", lambda: it.permutations("abc", -1))
show("comb neg", lambda: it.combinations("abc", -1))
show("repeat neg", lambda: list(it.repeat(1, -2)))
show("product repeat neg", lambda: it.product("a", repeat=-1))
show("chain non iter", lambda: list(it.chain(1)))
show("count str", lambda: it.count("a"))
show("accum func", lambda: list(it.accumulate([1, 2], 5)))
print(repr(it.count(3)), repr(it.count(1.5, 2)), repr(it.repeat(1, 2)), repr(it.repeat("a")), repr(it.count(0, -1)))
