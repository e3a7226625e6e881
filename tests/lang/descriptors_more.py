class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.public = name
    def __get__(self, obj, owner):
        if obj is None: return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, n, a): self.name, self.age = n, a
p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__, Person.age.public)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
class Counted:
    def __init__(self): self.reads = 0
    def __get__(self, obj, owner):
        self.reads += 1
        return self.reads
class H:
    c = Counted()
h = H()
print(h.c, h.c, H.c, H.__dict__["c"].reads)
class Method:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner):
        if obj is None: return self.f
        return lambda *a: self.f(obj, *a)
class U:
    @Method
    def hello(self, x): return f"hello {x} from {type(self).__name__}"
print(U().hello(1), U.hello(U(), 2))
def plain(self): return "plain"
bound = plain.__get__(U(), U)
print(bound(), type(bound).__name__, plain.__get__(None, U) is plain)
sm = staticmethod(lambda: "static")
cm = classmethod(lambda cls: cls.__name__)
class V:
    s = sm
    c = cm
print(V.s(), V().s(), V.c(), V().c(), sm.__func__() , isinstance(V.__dict__["c"], classmethod))
