class A:
    x = "A.x"
    def m(self): return "A.m"
class B(A):
    pass
b = B()
print(b.x, b.m(), B.x)
A.x = "changed"
print(b.x)
B.x = "B.x"
print(b.x, A.x)
b.x = "inst"
print(b.x, B.x)
del b.x
print(b.x)
del B.x
print(b.x)
def new_method(self): return "patched"
A.m = new_method
print(b.m())
b.m = lambda: "instance func"
print(b.m(), A.m(b))
class Counter:
    items = []
    def add(self, v): self.items.append(v)
c1, c2 = Counter(), Counter()
c1.add(1); c2.add(2)
print(Counter.items, c1.items is c2.items)
class P:
    @property
    def v(self): return "property wins"
p = P()
p.__dict__["v"] = "dict value"
print(p.v)
class Q:
    def __init__(self): self.__dict__["direct"] = 1
print(Q().direct, type(Q().__dict__).__name__)
print(hasattr(A, "__dict__"), "m" in A.__dict__, "m" in B.__dict__, "x" in vars(A))
class WithClassMethodAccess:
    count = 0
    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count
class Sub(WithClassMethodAccess): pass
print(WithClassMethodAccess.bump(), Sub.bump(), Sub.bump(), WithClassMethodAccess.count, Sub.count)
print(type(b).__dict__ is B.__dict__ or True, b.__class__.__bases__[0].__name__)
b.__class__ = A
print(type(b).__name__)
