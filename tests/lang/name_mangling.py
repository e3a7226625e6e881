class A:
    __secret = 1
    def __init__(self):
        self.__x = "private"
        self._y = "protected"
    def get(self): return self.__x, self.__secret
    def __dunder__(self): return "not mangled"
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "B private"
a, b = A(), B()
print(a.get(), b.get(), sorted(vars(b)), a._A__x, A._A__secret, a.__dunder__())
try:
    a.__x
except AttributeError as e:
    print("AttributeError", e)
class C:
    def __m(self): return "mangled method"
    def call(self): return self.__m()
print(C().call(), hasattr(C, "_C__m"), hasattr(C, "__m"))
class _Under:
    def f(self):
        self.__v = 1
        return vars(self)
print(_Under().f())
