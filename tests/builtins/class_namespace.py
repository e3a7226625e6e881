for b in [object, list, dict, set, frozenset, int, str, bytes, tuple, float, complex, bytearray, Exception, type]:
    C = type('C', (b,), {})
    print(b.__name__, list(C.__dict__))
class D(type('X',(),{})): pass
print(list(D.__dict__))
class S: __slots__=('a','__weakref__')
print(list(S.__dict__), S.__dict__['__weakref__'])
class S2: __slots__=('__dict__',)
print(list(S2.__dict__))
class P: pass
p = P(); print(p.__weakref__, P.__dict__['__dict__'], vars(P))
class C:
    x = 1
    def __init__(self):
        self.__dict__ = {"a": 1}
c = C()
print(list(C.__dict__), c.a, vars(c), C.__dict__["__weakref__"])
c.__dict__.update(b=2)
print(c.b, sorted(vars(c)))
try:
    c.__dict__ = 5
except TypeError as e:
    print("TypeError", e)
class E(Exception):
    pass
class Sub(C):
    y = 2
print(list(E.__dict__), list(Sub.__dict__), vars(Sub)["y"], type(vars(Sub)).__name__, str(vars(Sub)) == str(dict(vars(Sub))))
print(E("m").__weakref__, "__weakref__" in dir(E), "__dict__" in dir(Sub()))
