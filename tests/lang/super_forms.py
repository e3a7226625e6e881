class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
class B(A):
    def f(self): return "B.f>" + super().f()
    @classmethod
    def c(cls): return "B.c>" + super().c()
    def s2(self): return super().s()
class C(B):
    def f(self): return "C.f>" + super(C, self).f()
    def skip(self): return super(B, self).f()
print(C().f(), C().skip(), C.c(), C().s2())
b = B()
print(super(B, b).f(), super(B, B).c())
sp = super(C, C())
print(type(sp).__name__)
class P:
    def __init__(self, v): self.v = v
class Q(P):
    def __init__(self, v):
        super().__init__(v * 2)
print(Q(5).v)
def outside():
    try:
        super()
    except RuntimeError as e:
        print("RuntimeError", e)
outside()
class S(A):
    def f(self):
        g = lambda: super(S, self).f()
        return g()
print(S().f())
class T(A):
    def __repr__(self):
        return "T!" + super().__repr__()[:10]
print(repr(T()))
try:
    super(int, "x")
except TypeError as e:
    print("TypeError", e)
