# dataclass(slots=True): a class that already has __slots__, inherited __weakref__, base slots given as str or iterator.
from dataclasses import dataclass
try:
    @dataclass(slots=True)
    class AlreadySlots:
        __slots__ = ('a',)
        a: int
except TypeError as e: print("TE", e)
class WBase:
    __slots__ = ('__weakref__',)
@dataclass(slots=True, weakref_slot=True)
class WChild(WBase):
    x: int
print(WChild.__slots__, WChild(1))
class IterSlots:
    __slots__ = iter(('q',))
try:
    @dataclass(slots=True)
    class FromIter(IterSlots):
        z: int
except TypeError as e: print("TE", e)
class StrSlot:
    __slots__ = 'p'
@dataclass(slots=True)
class FromStr(StrSlot):
    p: int
    r: int
print(FromStr.__slots__, FromStr(1, 2))
