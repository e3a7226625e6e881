# inspect.classify_class_attrs, docstrings of object's slot wrappers and of the
# __dict__/__weakref__ getset descriptors, types.GetSetDescriptorType/MemberDescriptorType,
# and type.__new__ removing __classcell__ from the class dict
import inspect
import types


class S:
    """Doc."""
    x = 1

    def f(self):
        return __class__

    @classmethod
    def c(cls):
        pass

    @staticmethod
    def s():
        pass

    @property
    def p(self):
        "prop doc"
        return 1


class T(S):
    __slots__ = ("m",)

    def f(self):
        return super().f()


for cls in (S, T):
    print([(a.name, a.kind, a.defining_class.__name__) for a in inspect.classify_class_attrs(cls)])
a = inspect.classify_class_attrs(S)[0]
print(type(a).__name__, a._fields)
print(sorted(S.__dict__), sorted(T.__dict__), T().f() is S)
d, w = S.__dict__['__dict__'], S.__dict__['__weakref__']
print(d.__doc__, "|", w.__doc__, type(d).__name__)
print(isinstance(d, types.GetSetDescriptorType), isinstance(T.__dict__['m'], types.MemberDescriptorType))
print(types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__)
print(inspect.isdatadescriptor(d), inspect.isgetsetdescriptor(d), inspect.ismemberdescriptor(T.m))
for name in ("__init__", "__eq__", "__ne__", "__lt__", "__repr__", "__str__", "__hash__", "__new__",
             "__setattr__", "__getattribute__", "__format__", "__reduce__", "__sizeof__", "__dir__"):
    print(name, repr(getattr(object, name).__doc__))
print(repr(object.__init_subclass__.__doc__))
print(repr(object.__subclasshook__.__doc__))
print(int.__repr__.__doc__, list.__eq__.__doc__, dict.__init__.__doc__)


class M(type):
    def __new__(mcs, name, bases, ns):
        print("namespace has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcs, name, bases, ns)


class B(metaclass=M):
    def g(self):
        return super()


print("__classcell__" in B.__dict__, type(B().g()).__name__)
try:
    type("X", (), {"__classcell__": 5})
except TypeError as e:
    print("TypeError:", e)
