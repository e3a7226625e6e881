import typing, abc, contextlib, types, weakref, gc, math, fractions, decimal
from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Literal, Final, cast, overload, get_type_hints, get_origin, get_args
T = TypeVar("T")
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Callable[[int], str], Any, T, Literal["a", 1], typing.Tuple[int, ...], list[int] | None)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), cast(int, "x"), typing.TYPE_CHECKING)
class Stack(Generic[T]):
    def __init__(self): self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int](); s.push(1); print(s.items, Stack[int], Stack.__parameters__)
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt._fields, Pt.__annotations__, Pt(1, 2)._asdict())
class TD(TypedDict, total=False):
    name: str
print(TD(name="x"), TD.__total__)
class Proto(Protocol):
    def meth(self) -> int: ...
@typing.runtime_checkable
class Closable(Protocol):
    def close(self): ...
print(isinstance(open(__file__), Closable), isinstance(1, Closable))
def ann(a: int, b: "str" = "") -> List[int]: pass
print(get_type_hints(ann), typing.get_type_hints(Pt))
try: isinstance(1, List[int])
except TypeError as e: print(e)
try: Union[()]
except TypeError as e: print(e)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
try: Sq()
except TypeError as e: print(e)
try: Shape()
except TypeError as e: print(e)
class Sq2(Sq):
    name = "sq"
print(Sq2().area(), isinstance(Sq2(), Shape), Shape.__abstractmethods__ == frozenset({"area", "name"}))
class Reg(abc.ABC): pass
Reg.register(int); print(isinstance(1, Reg), issubclass(bool, Reg))
@contextlib.contextmanager
def cm(tag):
    print("enter", tag)
    try:
        yield tag.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print("exit", tag)
with cm("a") as v: print(v)
with cm("b"): raise ValueError("inside")
with contextlib.suppress(KeyError, IndexError): [][1]
print("after suppress")
with contextlib.ExitStack() as st:
    for t in "xy": st.enter_context(cm(t))
    st.callback(print, "callback")
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print("hidden")
print(repr(buf.getvalue()))
with contextlib.nullcontext(5) as n: print(n)
class Res:
    def close(self): print("closed")
with contextlib.closing(Res()): pass
@cm("deco")
def decorated(): print("in decorated")
decorated()
try:
    with cm("c"): raise KeyError("k")
except KeyError as e: print("propagated", e)
print(types.SimpleNamespace(a=1, b=[2]), types.SimpleNamespace() == types.SimpleNamespace(), types.MappingProxyType({"a": 1}), types.FunctionType, type(types.new_class("N", (object,))).__name__)
mp = types.MappingProxyType({"a": 1})
try: mp["b"] = 2
except TypeError as e: print(e)
print(types.GenericAlias(list, (int,)), types.NoneType, types.ModuleType("m"), isinstance(lambda: 0, types.LambdaType))
class W: pass
w = W(); r = weakref.ref(w); print(r() is w, weakref.getweakrefcount(w)); del w; gc.collect(); print(r())
wd = weakref.WeakValueDictionary(); k = W(); wd["k"] = k; print(len(wd), "k" in wd); del k; gc.collect(); print(len(wd))
ws = weakref.WeakSet(); o = W(); ws.add(o); print(len(ws)); del o; gc.collect(); print(len(ws))
wk = weakref.WeakKeyDictionary(); o = W(); wk[o] = 1; print(list(wk.values()))
fin = weakref.finalize(W(), print, "finalized"); gc.collect(); print(fin.alive)
try: weakref.ref(1)
except TypeError as e: print(e)
print(math.sqrt(2), math.factorial(20), math.gcd(12, 18, 24), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1), math.pi, math.e, math.tau, math.inf, math.nan)
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fsum([0.1] * 10), math.prod([1, 2, 3]), math.dist([0, 0], [3, 4]), math.hypot(3, 4), math.copysign(1, -0.0), math.isclose(1.0, 1.0000000001), math.fmod(7, -3), math.remainder(7, 3), math.modf(2.5), math.frexp(8), math.ldexp(1, 3))
for f, a in [(math.sqrt, (-1,)), (math.log, (0,)), (math.factorial, (-1,)), (math.factorial, (2.5,)), (math.exp, (1000,)), (math.acos, (2,)), (math.comb, (-1, 2)), (math.isqrt, (-1,)), (math.log, ("x",)), (math.gcd, (1.5,)), (math.pow, (0, -1)), (math.floor, ("a",))]:
    try: print(f(*a))
    except (ValueError, TypeError, OverflowError) as e: print(type(e).__name__, e)
F = fractions.Fraction
print(F(3, 4) + F(1, 4), F("1.25"), F(0.5), F(1, 3) * 3, F(-7, 2) // 2, float(F(1, 3)), F(22, 7).limit_denominator(5), round(F(7, 2)), F(1, 3) ** 2, abs(F(-1, 2)), F(5, 10).as_integer_ratio(), repr(F(1, 2)))
for a in [(1, 0), ("x",), (1.5, 2)]:
    try: F(*a)
    except (ZeroDivisionError, ValueError, TypeError) as e: print(type(e).__name__, e)
D = decimal.Decimal
print(D("1.1") + D("2.2"), D("10") / D("3"), D(1) / D(7), D("1.30") * 2, D("2.5").quantize(D("1")), D("3.14159").quantize(D("0.01")), D(0.1), D("-0"), D("1e3"), repr(D("1.0")), D("NaN"), D("Infinity") > 1)
decimal.getcontext().prec = 5; print(D(1) / D(3)); decimal.getcontext().prec = 28
print(D("1.23E+5").to_eng_string() if hasattr(D, "to_eng_string") else "", sum([D("0.1")] * 3), D("7") % 3, D("2").sqrt(), D("1.5").as_tuple(), int(D("4.7")), float(D("1.5")), D("12.345").normalize(), round(D("2.675"), 2))
for e in [lambda: D("abc"), lambda: D(1) / D(0), lambda: D(1) + 1.5, lambda: D("1") < "a"]:
    try: print(e())
    except (decimal.InvalidOperation, decimal.DivisionByZero, TypeError) as ex: print(type(ex).__name__, ex)
