from enum import StrEnum, auto, ReprEnum, IntFlag, Flag, verify, UNIQUE, CONTINUOUS, member, nonmember, global_enum
import enum
class Color(StrEnum):
    RED = auto()
    GREEN = "grn"
print(Color.RED, repr(Color.RED), Color.GREEN.upper(), f"{Color.RED}", Color("grn"), list(Color))
class Perm(IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, repr(Perm.R | 8), str(Perm(7)), format(Perm.R, "d"), Perm(0), list(Perm(7)), Perm(5).name)
class F(Flag):
    A = auto(); B = auto(); C = auto()
print(F.A | F.C, repr(F(0)), (F.A | F.B).name, F.A.value, len(F(7)), F(7), ~F.A)
@verify(UNIQUE)
class U(enum.Enum):
    X = 1
    Y = 2
try:
    @verify(CONTINUOUS)
    class Cn(enum.IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)
class M(enum.Enum):
    A = 1
    f = nonmember(5)
    @member
    def g(self): return 1
print(list(M)[0], M.f, M.g.name)
import math, operator, typing
print(math.cbrt(27), math.exp2(10), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]), math.nextafter(1, 2) > 1, math.ulp(1.0), math.isqrt(99))
print(operator.call(max, 1, 2) if hasattr(operator, "call") else "nocall")
from typing import Literal, Final, Annotated, Self, LiteralString, Never, TypeAlias, assert_never, reveal_type
print(Literal["a", "b"], Annotated[int, "meta"], typing.get_args(Annotated[int, "m"]), Final[int])
from functools import singledispatchmethod
class Fmt:
    @singledispatchmethod
    def show(self, x): return f"obj {x}"
    @show.register
    def _(self, x: int): return f"int {x}"
print(Fmt().show(1), Fmt().show("s"))
import tomllib
print(tomllib.loads('a = 1\n[t]\nb = "x"\nc = [1, 2]\nd = 1979-05-27\n'))
