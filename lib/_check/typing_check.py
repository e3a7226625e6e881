"""Compare lib/typing.py with CPython's typing."""
import sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, same, report
import typing as CT
WT = load('typing')

def R(fn):
    try:
        return ('ok', fn())
    except Exception as e:
        return ('exc', type(e).__name__, str(e))

def tests(t):
    out = []
    T = t.TypeVar('T')
    KT = t.TypeVar('KT', bound=int)
    VT = t.TypeVar('VT', str, bytes, covariant=True)
    C = t.TypeVar('C', contravariant=True)
    exprs = [lambda: t.List, lambda: t.List[int], lambda: t.Dict[str, int], lambda: t.Optional[int], lambda: t.Union[int, str],
             lambda: t.Union[int, None, str], lambda: t.Union[int], lambda: t.Callable[[int, str], bool], lambda: t.Callable[..., int],
             lambda: t.Callable, lambda: t.Callable[[], int], lambda: t.Tuple[int, ...], lambda: t.Tuple[()], lambda: t.Tuple, lambda: t.Tuple[int, str],
             lambda: t.Literal['a', 1], lambda: t.Any, lambda: t.ClassVar[int], lambda: t.Final[int], lambda: t.Annotated[int, 'm'],
             lambda: t.Annotated[t.List[int], 'a', 2], lambda: t.Type[int], lambda: t.Set[T], lambda: T, lambda: KT, lambda: VT, lambda: C,
             lambda: t.List[t.List[int]], lambda: t.Optional[t.List[int]], lambda: t.Dict[T, t.List[T]][int], lambda: t.Iterable[int],
             lambda: t.Sequence, lambda: t.DefaultDict[str, int], lambda: t.Deque[int], lambda: t.Counter[str], lambda: t.Generic[T],
             lambda: t.NoReturn, lambda: t.AnyStr, lambda: t.Text, lambda: t.Union[t.List[int], None], lambda: t.Literal[1],
             lambda: t.Union[int, str] | None, lambda: int | t.List[int], lambda: t.Union[()], lambda: t.Generic[int],
             lambda: t.List[int, str], lambda: t.Dict[int], lambda: t.FrozenSet[int], lambda: t.AbstractSet[int], lambda: t.Mapping[str, t.Any],
             lambda: t.Generator[int, None, None], lambda: t.Iterator[t.Tuple[int, str]], lambda: t.Optional[t.Callable[[int], None]],
             lambda: t.Union[int, t.Union[str, bytes]], lambda: t.Union[int, int], lambda: t.Literal[1, 1, True], lambda: t.Never, lambda: t.Self,
             lambda: t.LiteralString, lambda: t.TypeAlias, lambda: t.TypeGuard[int], lambda: t.Required[int], lambda: t.NotRequired[int],
             lambda: t.ContextManager[int], lambda: t.OrderedDict[str, int], lambda: t.ChainMap[str, int], lambda: t.ByteString,
             lambda: t.Hashable, lambda: t.Sized, lambda: t.Callable[[t.List[int]], t.Dict[str, T]][float], lambda: t.Type[T][int],
             lambda: list[int] | None, lambda: t.Optional[list[int]], lambda: t.Union[list[int], dict[str, int]], lambda: t.Literal['x'] | None,
             lambda: t.ForwardRef('X'), lambda: t.Optional['X'], lambda: t.List['int'], lambda: t.ParamSpec('P'), lambda: t.Callable[t.ParamSpec('P'), int]]
    for e in exprs:
        out.append(R(lambda: repr(e())))
    class Box(t.Generic[T]):
        def __init__(self, v):
            self.v = v
    class Pair(t.Generic[KT, VT]):
        pass
    out.append(R(lambda: (repr(Box[int]).replace('tests.<locals>.', ''), Box[int](3).v, Box.__parameters__, get(t.get_args, Box[int]),
                          t.get_origin(t.List[int]), t.get_args(t.Callable[[int], str]), t.get_args(t.Callable[..., str]),
                          t.get_origin(t.Union[int, str]), t.get_args(t.Union[int, str]), t.get_args(t.Dict[str, int]), t.get_origin(int),
                          t.get_args(int), t.get_origin(t.Annotated[int, 'x']), t.get_args(t.Annotated[int, 'x']), t.get_origin(list[int]),
                          t.get_args(int | str), Pair.__parameters__, repr(Pair[int, str]).replace('tests.<locals>.', ''))))
    out.append(R(lambda: Box[int, str]))
    out.append(R(lambda: Pair[int]))
    class Sub(Box[int]):
        pass
    out.append(R(lambda: (Sub.__parameters__, Sub(5).v, Sub.__mro__[1:] == (Box, t.Generic, object))))
    class ListSub(t.List[int]):
        pass
    out.append(R(lambda: (ListSub.__mro__[1] is list, ListSub([1, 2]))))
    class NT(t.NamedTuple):
        x: int
        y: str = 'a'
        def meth(self):
            return self.x * 2
    out.append(R(lambda: (repr(NT(1)), NT._fields, NT.__annotations__, NT._field_defaults, NT(3).meth(), NT.__mro__[1:], NT.__module__)))
    NT2 = t.NamedTuple('NT2', [('a', int)])
    NT3 = t.NamedTuple('NT3', a=int, b=str)
    out.append(R(lambda: (repr(NT2(1)), repr(NT3(1, 'x')), NT2.__annotations__, NT2.__module__)))
    def bad_nt():
        class B(t.NamedTuple):
            x: int = 1
            y: str
    out.append(R(bad_nt))
    class TD(t.TypedDict, total=False):
        a: int
    class TD2(TD):
        b: str
    out.append(R(lambda: (type(TD(a=1)), TD(a=1), TD.__total__, TD.__annotations__, TD.__required_keys__, TD.__optional_keys__,
                          TD2.__required_keys__, TD2.__optional_keys__, TD2.__annotations__, t.is_typeddict(TD), t.is_typeddict(dict))))
    TD3 = t.TypedDict('TD3', {'x': int, 'y': t.List[int]})
    out.append(R(lambda: (TD3(x=1), TD3.__annotations__, TD3.__required_keys__)))
    out.append(R(lambda: isinstance({}, TD)))
    def f(a: 'int', b: t.List[int] = None, c: 'Box[int]' = None) -> 'str':
        pass
    out.append(R(lambda: repr(t.get_type_hints(f, localns={'Box': Box})).replace('tests.<locals>.', '')))
    class Hinted:
        x: int
        y: 't.List[str]'
        z: t.ClassVar[int] = 1
    out.append(R(lambda: t.get_type_hints(Hinted)))
    out.append(R(lambda: (t.cast(int, 'x'), t.TYPE_CHECKING, t.Optional[int] == t.Union[int, None], t.List[int] == t.List[int],
                          hash(t.List[int]) == hash(t.List[int]), t.Union[int, str] == t.Union[str, int], t.Literal[1, 2] == t.Literal[2, 1])))
    out.append(R(lambda: isinstance(1, t.List[int])))
    out.append(R(lambda: (isinstance([], t.List), issubclass(list, t.Sequence), isinstance({}, t.Mapping), isinstance(1, t.Union[int, str]))))
    @t.runtime_checkable
    class P(t.Protocol):
        def meth(self) -> int: ...
    class Impl:
        def meth(self):
            return 1
    class NotRuntime(t.Protocol):
        def x(self): ...
    out.append(R(lambda: (isinstance(Impl(), P), isinstance(1, P), issubclass(Impl, P), isinstance(1, t.SupportsInt), isinstance('x', t.SupportsInt),
                          isinstance(1.5, t.SupportsFloat), issubclass(int, t.SupportsIndex))))
    out.append(R(lambda: P()))
    out.append(R(lambda: isinstance(1, NotRuntime)))
    class Concrete(P):
        pass
    out.append(R(lambda: (Concrete().meth(), isinstance(Concrete(), P))))
    N = t.NewType('N', int)
    out.append(R(lambda: (repr(N), N(5), N.__supertype__, N.__name__)))
    def subclass_newtype():
        class X(N):
            pass
    out.append(R(subclass_newtype))
    @t.overload
    def ov(x: int) -> int: ...
    @t.overload
    def ov(x: str) -> str: ...
    def ov(x):
        return x
    out.append(R(lambda: (ov(3), len(t.get_overloads(ov)))))
    @t.final
    class Fin:
        pass
    out.append(R(lambda: Fin.__final__))
    out.append(R(lambda: t.List()))
    out.append(R(lambda: t.Deque()))
    out.append(R(lambda: t.Union[int, str]()))
    out.append(R(lambda: t.Any()))
    out.append(R(lambda: isinstance(1, t.Any)))
    out.append(R(lambda: (t.List.__name__, t.List[int].__name__ if hasattr(t.List[int], '__name__') else None, t.Optional.__name__)))
    out.append(R(lambda: t.assert_never(1)))
    out.append(R(lambda: sorted(t.__all__)))
    return out

def get(f, x):
    return f(x)

same('typing', lambda: tests(WT), lambda: tests(CT))
rw, rc = tests(WT), tests(CT)
import re
for i, (a, b) in enumerate(zip(rw, rc)):
    na = re.sub(r'0x[0-9a-f]+', '0x?', repr(a).replace('weft_', ''))
    nb = re.sub(r'0x[0-9a-f]+', '0x?', repr(b))
    if na != nb:
        print('  item', i, '\n    weft:', na[:600], '\n    cpy :', nb[:600])
sys.exit(report() and 1)
