# A bound method's __func__ and __self__ are member descriptors of the method type, as in
# CPython: listed by dir(), in type(m).__dict__, read-only (set and delete).
class A:
    def m(self): "doc of m"
    @classmethod
    def c(cls): pass
a = A()
M = type(a.m)
print("__func__" in dir(a.m), "__self__" in dir(a.m), "__func__" in M.__dict__, "__self__" in M.__dict__)
print(M.__dict__["__func__"], M.__dict__["__self__"])
print(M.__dict__["__func__"].__get__(a.m) is A.m, M.__dict__["__self__"].__get__(a.m) is a)
print(a.m.__func__ is A.m, a.m.__self__ is a, a.m.__doc__, A.c.__self__ is A, A.c.__func__.__name__)
try:
    a.m.__func__ = 5
except AttributeError as e:
    print("AE", e)
try:
    a.m.__self__ = 5
except AttributeError as e:
    print("AE", e)
try:
    del a.m.__self__
except AttributeError as e:
    print("AE", e)
try:
    a.m.foo = 1
except AttributeError as e:
    print("AE", e)
print(a.m.__name__, a.m.__qualname__, a.m == a.m, a.m is a.m)
print(hasattr(M.__dict__["__func__"], "__set__"), type(M.__dict__["__func__"]).__name__)
