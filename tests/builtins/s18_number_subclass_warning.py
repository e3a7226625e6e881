# __int__/__index__/__float__ returning a strict subclass: DeprecationWarning, exact result.
import warnings, operator
warnings.simplefilter("always")
class IntSub(int): pass
class FSub(float): pass
class A:
    def __int__(self): return IntSub(3)
class B:
    def __index__(self): return True
class C:
    def __float__(self): return FSub(2.5)
class D:
    def __index__(self): return IntSub(5)
print(int(A()), type(int(A())).__name__)
print(int(B()), float(B()))
print(float(C()), type(float(C())).__name__)
print(operator.index(D()), [10, 20, 30, 40, 50, 60][D()], bin(D()))
print(int(IntSub(4)), float(FSub(1.5)))
r = range(D()); print(r, type(r.stop).__name__)
print([1, 2, 3, 4, 5, 6, 7][:D()], 'abcdefg'[D():], 'ab' * B())
