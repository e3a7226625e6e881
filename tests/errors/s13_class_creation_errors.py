# type()/type.__new__/type.__init__ argument checks, duplicate or inherited __dict__ and
# __weakref__ slots, data descriptors on a metaclass taking class attribute assignment,
# and `__contains__ = None`.


def run(src):
    try:
        exec(src, dict(G))
        print(f"{src!r}: ok")
    except Exception as e:
        print(f"{src!r}: {type(e).__name__}: {e}")


class A:
    pass


class M(type):
    @property
    def p(cls):
        return 1

    @p.setter
    def p(cls, v):
        print("set p", v)

    @property
    def ro(cls):
        return "ro"


class D:
    def __get__(self, o, t):
        return "dget"

    def __set__(self, o, v):
        print("dset", v)


class M2(type):
    d = D()


class WM(metaclass=M):
    pass


class WM2(metaclass=M2):
    pass


G = {"A": A, "M": M, "WM": WM, "WM2": WM2}

for src in [
    "WM.p = 5",
    "print(WM.p)",
    "WM.ro = 5",
    "del WM.ro",
    "WM2.d = 3",
    "print(WM2.d)",
    "WM2.e = 3; print(WM2.e)",
    "M('X')",
    "M('X', (), {}, 1)",
    "M()",
    "print(type('X'))",
    "type(1, 2)",
    "type()",
    "type(x=1)",
    "type(1, x=2)",
    "type('X', (), {}, x=1)",
    "type.__new__(type, 'X')",
    "type.__new__(type)",
    "type.__new__(type, 'X', (), {}, 1)",
    "print(type.__new__(M, 'X', (), {}))",
    "type.__init__(A)",
    "type.__init__(A, x=1)",
    "type.__init__(A, 1, 2)",
    "type.__init__(A, 1, 2, 3, 4)",
    "class X(A):\n    __slots__ = ('__dict__',)",
    "class X(A):\n    __slots__ = ('__weakref__',)",
    "class X:\n    __slots__ = ('__weakref__', '__weakref__')",
    "class X:\n    __slots__ = ('__weakref__',)\nclass Y(X):\n    __slots__ = ('__weakref__',)",
    "class X:\n    __slots__ = ('__dict__',)\nclass Y(X):\n    __slots__ = ('__dict__',)",
    "class X:\n    __slots__ = ('a',)\nclass Y(X):\n    __slots__ = ('__dict__', '__weakref__')\nprint(Y().__dict__)",
    "class X(object):\n    __slots__ = ('__dict__', '__weakref__')",
    "class X:\n    __contains__ = None\n1 in X()",
    "class X:\n    __contains__ = None\n1 not in X()",
    "class X:\n    def __contains__(self, x): return x == 1\nprint(1 in X(), 2 in X())",
]:
    run(src)
