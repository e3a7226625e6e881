import collections.abc as abc
class A: pass
class B(A): pass
class Meta(type):
    def __instancecheck__(cls, obj): return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub): return hasattr(sub, "quack")
class Duck(metaclass=Meta): pass
class Mallard:
    quack = True
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(B, B), issubclass(A, object), isinstance(A, type))
print(isinstance(Mallard(), Duck), issubclass(Mallard, Duck), isinstance(1, Duck), isinstance(1, (Duck, int)))
print(isinstance([], abc.Iterable), isinstance(5, abc.Iterable), isinstance("s", abc.Sequence), isinstance({}, abc.Sequence), issubclass(list, abc.MutableSequence))
print(isinstance(1, int | float), isinstance(None, type(None) | int), issubclass(bool, int | str), isinstance(1.0, (int, (str, (float,)))))
print(isinstance(True, bool), isinstance(1, bool), type(True) is bool, type(1) == int, isinstance(int, object), isinstance(object, type))
try:
    isinstance(1, [int])
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(A(), A)
except TypeError as e:
    print("TypeError", e)
