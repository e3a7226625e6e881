# int subclasses (IntEnum members, bool-like ints) as indexes, counts and slice bounds.
import enum


class E(enum.IntEnum):
    ONE = 1
    TWO = 2
    NEG = -1


class MyInt(int):
    pass


for i in (E.ONE, E.TWO, E.NEG, MyInt(1), MyInt(-2)):
    print(repr(i), "abc"[i], [1, 2, 3][i], (1, 2, 3)[i], b"abc"[i], bytearray(b"xyz")[i])
    print("abcd"[i:], "abcd"[:i], [1, 2, 3, 4][::i], "abcdef"[MyInt(1):E.TWO + 2])
    print("ab" * i, [0] * i, b"x" * i, range(i), "x".ljust(i + 3), "5".zfill(i + 2))
print(bytes(E.TWO), bytearray(MyInt(3)), "abcabc".find("c", E.ONE), "abc".center(E.TWO + 3, "*"))
print(list(range(E.ONE, E.TWO + 5, E.TWO)))
try:
    "abc"[MyInt(10)]
except IndexError as e:
    print("IndexError:", e)
try:
    "abc"[MyInt(10 ** 30)]
except IndexError as e:
    print("IndexError:", e)
print("abc"[MyInt(10 ** 30):], "abc"[-MyInt(10 ** 30):])

# equality of int subclasses inside containers
print([2] == [E.TWO], (1, 2) == (E.ONE, MyInt(2)), {2: "x"}.get(E.TWO), {E.TWO: "y"}[2])
print(MyInt(2) in [2], [MyInt(2)].count(2), [1, 2].index(E.TWO), {1, 2} == {E.ONE, MyInt(2)})


class S(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


print([S("a")] == [1], S("a") == 5, 5 == S("a"))
