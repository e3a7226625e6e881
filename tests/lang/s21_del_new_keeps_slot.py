# After a class has had its own __new__, deleting it leaves object.__new__ rejecting
# arguments (CPython keeps the slot), whatever __init__ is.
class P:
    pass
def f(cls, *a): return object.__new__(cls)
P.__new__ = f
print(type(P(1)).__name__)
del P.__new__
print(type(P()).__name__)
for args in [(1,), (), ((),)]:
    try:
        print(type(P(*args)).__name__)
    except TypeError as e:
        print('TypeError:', e)
try:
    P(a=1)
except TypeError as e:
    print('TypeError:', e)
class Q(P):
    def __init__(self, x): self.x = x
try:
    print(Q(5).x)
except TypeError as e:
    print('TypeError:', e)
class R:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, x): self.x = x
print(R(3).x)
del R.__new__
try:
    print(R(3).x)
except TypeError as e:
    print('TypeError:', e)
class S:
    def __init__(self, x): self.x = x
print(S(1).x)
S.__new__ = object.__new__
print(S(2).x)
class T: pass
T.__init__ = lambda self, x: None
del T.__init__
try: T(1)
except TypeError as e: print('TypeError:', e)
class U: pass
try: U(1)
except TypeError as e: print('TypeError:', e)
