class A:
    def __init__(self):
        self._items = []
    def add(self, x):
        self._items.append(x)
        return self
    def __len__(self):
        return len(self._items)
a = A().add(1).add(2)
print(len(a))
class Meta(type):
    pass
class Vals:
    a = 1
    b = "two"
    def method(self): pass
print([k for k in Vals.__dict__ if not k.startswith("__")])
print(type(Vals.__dict__).__name__)
try:
    Vals.__dict__["a"] = 5
except TypeError as e:
    print("TypeError", e)
class Chain:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
c1 = Chain(1)
print(c1 == Chain(1), c1 in [Chain(1)], [Chain(2)].index(Chain(2)))
class Counted:
    instances = 0
    def __init__(self):
        type(self).instances += 1
class SubCounted(Counted): pass
Counted(); SubCounted(); SubCounted()
print(Counted.instances, SubCounted.instances)
class Cls:
    def __init__(self): self.x = 1
    def __eq__(self, other): return NotImplemented
print(Cls() == Cls(), Cls() != Cls())
print(hasattr(Cls, "__init__"), Cls.__init__.__name__, Cls.__init__.__qualname__)
print(object.__name__, int.__name__, int.__qualname__, type.__name__)
class WithStr:
    def __str__(self): return "S"
print(f"{WithStr()}", str(WithStr()), "%s" % WithStr(), format(WithStr()))
