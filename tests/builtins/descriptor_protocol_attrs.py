# property exposes __get__/__set__/__delete__; builtin method descriptors expose __get__.


class A:
    x = property(None, lambda s, v: print("set x", v))
    y = property(lambda s: 1)

    def _gz(self):
        return self._z

    def _sz(self, v):
        self._z = v

    def _dz(self):
        print("del z")

    z = property(_gz, _sz, _dz)


a = A()
for f in (lambda: a.x, lambda: setattr(a, "y", 2), lambda: delattr(a, "y"), lambda: A.y.__get__(a), lambda: A.y.__get__(None, A) is A.y):
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError:", e)
p = property()
print(hasattr(p, "__get__"), hasattr(p, "__set__"), hasattr(p, "__delete__"))
for f in (lambda: p.__get__(a), lambda: p.__set__(a, 1), lambda: p.__delete__(a)):
    try:
        print(f())
    except AttributeError as e:
        print("AttributeError:", e)
A.z.__set__(a, 42)
print(A.z.__get__(a, A), a.z)
A.z.__delete__(a)
A.x.__set__(a, 7)
print(hasattr(type(str.join), "__get__"), hasattr(type(str.__add__), "__get__"))
print(str.join.__get__("-")("abc"), str.join.__get__("-", str)("xy"))
print(str.upper.__get__(None, str) is str.upper)
print(str.__add__.__get__("a")("b"), list.append.__get__([1]).__name__)
print(dict.__dict__["fromkeys"].__get__(None, dict)("ab"))
b = []
list.append.__get__(b)(5)
print(b)


# a user descriptor calling a wrapped builtin's __get__
class Wrap:
    def __init__(self, f):
        self.f = f

    def __get__(self, obj, owner=None):
        return self.f.__get__(obj, owner)


class MyStr(str):
    shout = Wrap(str.upper)


print(MyStr("hi").shout())
