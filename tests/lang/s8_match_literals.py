# match: literal, singleton and value patterns (numbers, strings, bytes, None/True/False
# by identity, negative and complex literals, dotted names, enums).
import enum


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Const:
    ZERO = 0
    NAME = "name"

    class Inner:
        LIMIT = 100


def classify(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case -2.5:
            return "minus two and a half"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case 1 + 2j:
            return "complex 1+2j"
        case -1 - 1j:
            return "complex -1-1j"
        case "":
            return "empty str"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes raw"
        case "caf\u00e9":
            return "unicode"
        case 1000000000000000000000000000000:
            return "huge"
        case Color.RED:
            return "red"
        case Const.Inner.LIMIT:
            return "limit"
        case Const.NAME:
            return "const name"
        case _:
            return "other: " + repr(v)


for v in [0, 1, 2, 3, -1, -2.5, 1.5, 2j, 1 + 2j, -1 - 1j, "", "hello", "hi",
          b"raw", "café", 10**30, Color.RED, Color.GREEN, 100, "name",
          0.0, 1.0, 3.0, -0.0, False, True, 4, "HELLO", bytearray(b"raw"),
          [1], (0,), None, 99999999999999999999999999999]:
    print(repr(v), "->", classify(v))


def singletons(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "not a singleton: " + repr(v)


for v in [None, True, False, 0, 1, 0.0, 1.0, "", [], ()]:
    print(repr(v), "->", singletons(v))


# 1 == True: a literal 1 matches True, but the pattern True only matches True itself.
def one_or_true(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "equals 1"
        case _:
            return "neither"


print([one_or_true(v) for v in (True, 1, 1.0, 1 + 0j, 2)])


# Equality goes through __eq__ of the subject (subject == value, reflected as needed).
class Anything:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True


match Anything():
    case 42:
        print("Anything matched 42")


class Never:
    def __eq__(self, other):
        return False


match Never():
    case 1 | "a" | Color.RED:
        print("never")
    case None:
        print("None by identity")
    case _:
        print("Never matched nothing")


# Value patterns are looked up each time the case runs.
class Config:
    MODE = "fast"


def mode(m):
    match m:
        case Config.MODE:
            return "current mode"
        case _:
            return "other mode"


print(mode("fast"), mode("slow"))
Config.MODE = "slow"
print(mode("fast"), mode("slow"))

# Enum members in a loop.
for c in Color:
    match c:
        case Color.RED | Color.GREEN:
            print(c.name, "is warm-ish")
        case Color.BLUE:
            print(c.name, "is cool")

# Strings do not match bytes and vice versa; ints match equal floats.
for v in ["raw", b"raw", 5, 5.0, 5 + 0j]:
    match v:
        case b"raw":
            print(repr(v), "bytes")
        case 5:
            print(repr(v), "five")
        case _:
            print(repr(v), "no")

# A subject evaluated once.
calls = []


def subject():
    calls.append(1)
    return 3


match subject():
    case 1:
        pass
    case 2:
        pass
    case 3:
        print("three; subject evaluated", len(calls), "time(s)")

# An exception raised by __eq__ propagates.
class Bad:
    def __eq__(self, other):
        raise ValueError("no comparing")


try:
    match Bad():
        case 1:
            pass
except ValueError as e:
    print("ValueError:", e)
