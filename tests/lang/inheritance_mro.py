class A:
    def who(self): return "A"
    def hello(self): return "hello from " + self.who()
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__])
print(D().who(), D().hello())
print(issubclass(D, A), issubclass(D, C), issubclass(A, D), isinstance(D(), (int, C)))
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.mro()])
try:
    class Bad(X, K1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError", e)
print(A.__subclasses__() == [B, C])
class Base:
    def __init__(self):
        self.trail = ["Base"]
class L(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("L")
class R(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("R")
class LR(L, R):
    def __init__(self):
        super().__init__()
        self.trail.append("LR")
print(LR().trail)
print(D.__bases__ == (B, C), D.__base__ is B)
class IntSub(int):
    pass
print(IntSub(5) + 1, type(IntSub(5) + 1).__name__, IntSub.__mro__)
class ListSub(list):
    def total(self): return sum(self)
ls = ListSub([1, 2, 3])
ls.append(4)
print(ls, ls.total(), type(ls).__name__, len(ls))
class DictSub(dict):
    def __missing__(self, k):
        return k * 2
print(DictSub(a=1)["a"], DictSub()["zz"])
class StrSub(str):
    def shout(self): return self.upper() + "!"
print(StrSub("hi").shout(), StrSub("x") == "x")
