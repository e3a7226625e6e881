# Argument checks of the Unicode error constructors, __traceback__ assignment, a class
# whose __new__ returns a non-exception being raised, max()/min() keyword counts.


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


for a in [
    (1, "x", 0, 1, "r"),
    ("a", b"x", 0, 1, "r"),
    ("a", "x", "0", 1, "r"),
    ("a", "x", 0, 1.5, "r"),
    ("a", "x", 0, 1, 5),
    ("a", "x", 0, 1, "r"),
]:
    t(f"UnicodeEncodeError{a}", lambda: str(UnicodeEncodeError(*a)))
for a in [
    (1, b"x", 0, 1, "r"),
    ("a", "x", 0, 1, "r"),
    ("a", bytearray(b"x"), 0, 1, "r"),
    ("a", memoryview(b"x"), 0, 1, "r"),
    ("a", b"x", "0", 1, "r"),
    ("a", b"x", 0, 1, 5),
    ("a", 5, 0, 1, "r"),
    ("a", None, 0, 1, "r"),
]:
    t("UnicodeDecodeError(" + ", ".join(type(x).__name__ for x in a) + ")", lambda: UnicodeDecodeError(*a).object)
for a in [(1, 0, 1, "r"), ("x", "0", 1, "r"), ("x", 0, 1, 5), (b"x", 0, 1, "r"), ("é", 0, 1, "r")]:
    t(f"UnicodeTranslateError{a}", lambda: str(UnicodeTranslateError(*a)))


def set_tb(v):
    e = Exception()
    e.__traceback__ = v
    return e.__traceback__


t("tb = 5", lambda: set_tb(5))
t("tb = None", lambda: set_tb(None))
try:
    raise ValueError
except ValueError as e:
    t("tb = real", lambda: type(set_tb(e.__traceback__)).__name__)


class E(Exception):
    def __new__(cls):
        return 5


def raise_(x):
    raise x


t("raise E", lambda: raise_(E))
t("raise E()", lambda: raise_(E()))
t("raise 5", lambda: raise_(5))
t("max 3 kw", lambda: max([], key=1, default=2, x=3))
t("min 3 kw", lambda: min(1, 2, key=None, default=1, y=2))
t("max bad kw", lambda: max([1], x=3))
t("max 2 kw", lambda: max([], key=None, default=7))
