# Which instances take weak references: __slots__ without __weakref__, and the
# built-in bases object/list/dict/exceptions, refuse them as in CPython.
import weakref
class S:
    __slots__ = ('x',)
class S2(S):
    __slots__ = ('__weakref__',)
class S3(S): pass
class S4(S):
    __slots__ = ()
class L(list):
    __slots__ = ()
class L2(list): pass
class D(dict):
    __slots__ = ('a',)
class St(set):
    __slots__ = ()
class E(Exception):
    __slots__ = ()
class E2(Exception): pass
class Plain: pass
for c in [S, S2, S3, S4, L, L2, D, St, E, E2, Plain, ValueError, set, object]:
    try: weakref.ref(c()); print(c.__name__, 'ok')
    except TypeError as e: print(c.__name__, e)
for v in [len, weakref, int, (x for x in ()), lambda: 0]:
    try: weakref.ref(v); print(type(v).__name__, 'ok')
    except TypeError as e: print(type(v).__name__, e)
