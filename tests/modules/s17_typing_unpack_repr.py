# typing.Unpack[X] is shown as *X (CPython 3.11's repr), also inside other aliases.
from typing import Tuple, TypeVarTuple, Unpack

Ts = TypeVarTuple("Ts")
print(Unpack[Ts], repr(Unpack[Tuple[int, str]]), repr(Unpack[tuple[int]]), repr(Unpack[int]))
print([*Ts], list(Ts), Tuple[int, Unpack[Ts]])
print(Unpack[Ts] == Unpack[Ts], Unpack[Ts].__args__)
