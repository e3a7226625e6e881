class A:
    x = 1
    def m(self): return "m"
    @property
    def p(self): return "p"
a = A()
print(a.x, a.m(), a.p)
a.x = 5; print(a.x, A.x)
A.x = 7; b = A(); print(b.x)
def m2(self): return "m2"
A.m = m2; print(a.m(), b.m())
a.m = lambda: "inst"; print(a.m())
del a.m; print(a.m())
A.p = property(lambda self: "p2"); print(a.p)
class B(A): pass
bb = B(); print(bb.x, bb.m(), bb.p)
A.x = 9; print(bb.x)
B.x = 10; print(bb.x, a.x)
class G:
    def __getattr__(self, n): return "ga:" + n
    @property
    def q(self): raise AttributeError("no")
g = G(); print(g.q, g.zz)
class D:
    def __get__(self, o, t): return "desc"
class C: d = D()
print(C().d)
C.d = 3; print(C().d)
class S:
    def __setattr__(self, n, v): object.__setattr__(self, n, v * 2)
s = S(); s.v = 2; print(s.v)
S.__setattr__ = object.__setattr__
s.v = 2; print(s.v)
# a class attribute changed while instances exist, through a base and a metaclass
class M(type):
    pass
class K(metaclass=M):
    v = 1
class L(K):
    pass
l = L()
vals = []
for i in range(5):
    vals.append(l.v)
    K.v = i * 10
print(vals, L.v, l.v)
del K.v
try:
    l.v
except AttributeError as e:
    print("AttributeError", e)
K.v = "back"
print(l.v)
