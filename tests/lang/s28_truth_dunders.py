# Truth testing of instances: classes with and without __bool__/__len__, and classes
# that gain or lose them after instances were tested (the per-class cache must follow).

class Plain:
    pass

class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class WithBool:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b

class Both(WithLen):
    def __bool__(self):
        return True

class SubPlain(Plain):
    pass

def show(label, x):
    print(label, bool(x), "yes" if x else "no", not x)

show("plain", Plain())
show("sub", SubPlain())
show("len0", WithLen(0))
show("len3", WithLen(3))
show("bool F", WithBool(False))
show("bool T", WithBool(True))
show("both len0", Both(0))

# A loop that tests the same class many times, then the class changes.
p = Plain()
print([bool(p) for _ in range(3)])
Plain.__len__ = lambda self: 0
print([bool(p) for _ in range(3)], bool(SubPlain()))
Plain.__bool__ = lambda self: True
print(bool(p), bool(SubPlain()))
del Plain.__bool__
print(bool(p))
del Plain.__len__
print(bool(p), bool(SubPlain()))

# A base gaining __bool__ after a subclass's instances were tested.
class Base:
    pass
class Derived(Base):
    pass
d = Derived()
print(bool(d))
Base.__bool__ = lambda self: False
print(bool(d), "yes" if d else "no")

# while over a linked list of plain nodes
class Node:
    __slots__ = ("next",)
    def __init__(self, nxt):
        self.next = nxt
h = None
for i in range(10):
    h = Node(h)
n = 0
while h:
    n += 1
    h = h.next
print("nodes", n)

# Errors from the dunders
class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class NoneBool:
    __bool__ = None
for cls in (BadBool, NegLen, NoneBool):
    try:
        bool(cls())
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
    try:
        if cls():
            pass
    except Exception as e:
        print(cls.__name__, "if:", type(e).__name__, e)

# __class__ assignment changes which class is asked
class A:
    pass
class B:
    def __bool__(self):
        return False
a = A()
print(bool(a))
a.__class__ = B
print(bool(a))
