# str() of an object whose class defines only __repr__: object.__str__ calls it
# directly, so a bad result is reported as __str__'s. And bytes(n) beyond the limit.
import sys


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class BadRepr:
    def __repr__(self):
        return 5


class GoodRepr:
    def __repr__(self):
        return "good"


class BadStr:
    def __str__(self):
        return None


t(lambda: str(BadRepr()))
t(lambda: repr(BadRepr()))
t(lambda: f"{BadRepr()}")
t(lambda: "%s" % BadRepr())
t(lambda: format(BadRepr()))
t(lambda: print(BadRepr()))
t(lambda: str(GoodRepr()))
t(lambda: str([GoodRepr()]))
t(lambda: str(BadStr()))
t(lambda: repr([BadRepr()]))
t(lambda: bytes(sys.maxsize))
t(lambda: bytes(sys.maxsize - 32))
t(lambda: bytes(-1))
