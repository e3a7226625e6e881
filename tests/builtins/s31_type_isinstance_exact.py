# type(x) answered directly, isinstance's exact-class match before __instancecheck__ (as CPython's
# PyObject_IsInstance), and type()'s argument-count errors.
class M(type):
    def __instancecheck__(cls, inst):
        print("check", type(inst).__name__)
        return False
class A(metaclass=M): pass
a = A()
print(isinstance(a, A), isinstance(5, A), isinstance(a, (int, A)), isinstance(True, int), isinstance(5, (str, int)))
class B(int): pass
print(isinstance(B(3), int), isinstance(3, B), type(B(3)), type(3), type(None), type(type))
try:
    type()
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
