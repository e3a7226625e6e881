# A built-in type's attribute descriptor (getset_descriptor) used by hand.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class A:
    pass


class B:
    __slots__ = ()


a = A()
t(lambda: int.real.__get__(5))
t(lambda: int.real.__get__(True))
t(lambda: int.real.__get__("a"))
t(lambda: int.real.__get__(None))
t(lambda: int.real.__get__(None, int) is int.real)
t(lambda: int.real.__set__(5, 6))
t(lambda: int.real.__delete__(5))
t(lambda: int.real.__set__("a", 6))
t(lambda: float.real.__get__(1))
t(lambda: float.imag.__get__(2.5))
t(lambda: list(map(int.numerator.__get__, [1, 2, True])))
d = A.__dict__["__dict__"]
t(lambda: type(d).__name__)
t(lambda: d.__get__(a))
t(lambda: d.__set__(a, {"x": 1}))
t(lambda: a.x)
t(lambda: d.__set__(a, 5))
t(lambda: d.__get__(B()))
