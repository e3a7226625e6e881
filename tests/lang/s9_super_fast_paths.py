class A:
    def m(self, x=1):
        return ('A.m', type(self).__name__, x)
    @classmethod
    def c(cls):
        return ('A.c', cls.__name__)
    @staticmethod
    def s(v):
        return ('A.s', v)
    @property
    def p(self):
        return ('A.p', type(self).__name__)
    def __repr__(self):
        return 'A()'
class B(A):
    def m(self, x=2):
        return ('B', super().m(x), super().m())
    @classmethod
    def c(cls):
        return ('B.c', super().c())
    def s2(self):
        return super().s(5)
    @property
    def p(self):
        return ('B.p', super().p)
    def missing(self):
        return super().nope()
class C(B):
    def m(self, x=3):
        return ('C', super().m(x), super(B, self).m(9))
    def rebind(self):
        f = super().m
        return f(7)
for o in (B(), C()):
    print(o.m(), o.c(), o.s2(), o.p)
    for i in range(3):
        print(o.m(i))
print(C().rebind())
print(super(C, C).m(C(), 4))
try:
    B().missing()
except AttributeError as e:
    print('AE', e)
class E(A):
    def m(self):
        return super().__repr__(), super().__class__, super().__thisclass__
print(E().m())
def outside(self):
    return super().m()
try:
    print(outside(B()))
except RuntimeError as e:
    print('RE', e)
try:
    super(B, 1)
except TypeError as e:
    print('TE', e)
class F(A):
    def m(self):
        A.m = lambda self, x=0: ('patched', x)
        return super().m()
print(F().m(), F().m())
