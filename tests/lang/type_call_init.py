class A:
    pass
try:
    A(1)
except TypeError as e:
    print(e)
class B:
    def __new__(cls, *a):
        return super().__new__(cls)
print(type(B(1, 2)).__name__)
class C:
    def __init__(self, x):
        self.x = x
print(C(3).x)
try:
    object(1)
except TypeError as e:
    print(e)
print(tuple([1, 2]), list(range(3)), range(5))
class T(tuple):
    pass
print(T([1, 2]))
try:
    T([1], 2)
except TypeError as e:
    print(e)
class D:
    def __new__(cls, x):
        return 42
print(D(1))
