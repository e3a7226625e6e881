# X.__new__(T) refuses a T whose nearest built-in class has its own __new__;
# int.__round__(None) is an error (round(x, None) passes no argument);
# generator.throw() checks its traceback argument first.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class I(int):
    pass


class S(str):
    pass


class E(Exception):
    pass


t(lambda: int.__new__(bool, 5))
t(lambda: int.__new__(I, 5))
t(lambda: int.__new__(I))
t(lambda: str.__new__(S, "x"))
t(lambda: str.__new__(I))
t(lambda: object.__new__(I))
t(lambda: object.__new__(E))
t(lambda: Exception.__new__(E))
t(lambda: BaseException.__new__(E))
t(lambda: tuple.__new__(bool))
t(lambda: list.__new__(I))
t(lambda: int.__new__(int, "5"))
t(lambda: (5).__round__(None))
t(lambda: (5.5).__round__(None))
t(lambda: (5).__round__(1.5))
t(lambda: round(5, None))
t(lambda: round(I(5), None))
t(lambda: round(True, None))


def g():
    yield 1


t(lambda: g().throw(ValueError, None, 5))
t(lambda: g().throw(5, None, 5))
t(lambda: g().throw(ValueError, None, None))
