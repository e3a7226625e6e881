# Bases whose __slots__ cannot share one instance layout, and the __base__ chosen.
class S:
    __slots__ = ('a',)
class T:
    __slots__ = ('b',)
class E: __slots__ = ()
class D: pass
class SS(S):
    __slots__ = ('c',)
class SD(S): pass
cases = [(S, T), (S, E), (S, D), (SS, S), (S, SS), (SD, T), (SD, SS), (S, Exception), (S, dict), (D, dict), (E, dict), (ValueError, TypeError), (S, int), (SD, D), (SS, SD), (S, object)]
for bases in cases:
    try:
        X = type('X', bases, {})
        print([b.__name__ for b in bases], "ok", X.__base__.__name__)
    except TypeError as e:
        print([b.__name__ for b in bases], "TE", e)
class W:
    __slots__ = ('__weakref__',)
class W2:
    __slots__ = ('__dict__',)
class X(W, W2): pass
print(X.__mro__[1].__name__)
