# str() of instances whose __str__/__repr__ is a static, class or partial method, of exceptions and str subclasses, a non-str __repr__ and a recursive __str__.
import functools
class A:
    __str__ = staticmethod(lambda: "static")
class B:
    __str__ = classmethod(lambda c: "cls " + c.__name__)
class C:
    def __repr__(self): return "C-repr"
class D(Exception):
    pass
class E(Exception):
    def __str__(self): return "E-str"
class F(str):
    pass
class G:
    __str__ = functools.partialmethod(lambda self, x: "pm" + x, "!")
class H:
    def __repr__(self): return 5
print(str(A()), str(B()), str(C()), str(D("d")), str(E()), str(F("f")), str(G()))
print(f"{A()} {C()}", "%s" % B())
try:
    str(H())
except TypeError as e:
    print(e)
class R:
    def __str__(self): return str(self)
try:
    str(R())
except RecursionError as e:
    print("RecursionError", e)
