# `non_member in EnumClass` warns (DeprecationWarning, at the caller's line) and then
# raises TypeError, as in CPython 3.11; members and Flag containment are unaffected.
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2


print(Color.RED in Color)
try:
    print(1 in Color)
except TypeError as e:
    print("TypeError:", e)
try:
    "RED" in Color
except TypeError as e:
    print("TypeError:", e)


class Perm(enum.Flag):
    R = 4
    W = 2


print(Perm.R in (Perm.R | Perm.W), Perm.W in Perm.R)
