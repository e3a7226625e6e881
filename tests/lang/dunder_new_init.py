class A:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, v):
        print("__init__", v)
        self.v = v
a = A(1)
print(a.v)
class Other: pass
class B:
    def __new__(cls): return Other()
    def __init__(self): print("never")
print(type(B()).__name__)
class Pos(int):
    def __new__(cls, v): return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(3)).__name__)
class T(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
    def sum(self): return self[0] + self[1]
print(T(1, 2), T(1, 2).sum())
class BadInit:
    def __init__(self): return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
try:
    object(1)
except TypeError as e:
    print("TypeError", e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
class D:
    def __del__(self): print("__del__ called")
d = D()
del d
print("after del")
class WithInitOnly:
    def __init__(self, x): self.x = x
try:
    WithInitOnly()
except TypeError as e:
    print("TypeError", e)
