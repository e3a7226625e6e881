# Subscripting instances of classes written in Python: __getitem__ run as an inlined
# call, and every shape that takes the general path instead.
import sys

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= self.n:
            raise IndexError("Seq index out of range")
        return i * i

s = Seq(5)
print(s[0], s[3], [s[i] for i in range(5)], s[1:4], s[::2])
print(list(s), 9 in s, sum(s))          # the old sequence protocol
try:
    s[7]
except IndexError as e:
    print("IndexError:", e)

class Defaults:
    def __getitem__(self, i, scale=10):
        return i * scale
print(Defaults()[4])

class Static:
    @staticmethod
    def __getitem__(i):
        return ("static", i)
try:
    print(Static()[1])
except TypeError as e:
    print("TypeError:", e)

class Star:
    def __getitem__(self, *args):
        return args
print(Star()[1], Star()[1, 2])

class Gen:
    def __getitem__(self, i):
        yield i
print(list(Gen()[3]))

class Swapped:
    def __getitem__(self, i):
        return "first"
w = Swapped()
print([w[i] for i in range(2)])
Swapped.__getitem__ = lambda self, i: "second"
print(w[0])
w.__getitem__ = lambda i: "instance attribute is ignored"
print(w[0])

class MyList(list):
    def __getitem__(self, i):
        return ("mine", list.__getitem__(self, i))
print(MyList([5, 6])[1])

class Slotted:
    __slots__ = ("data",)
    def __init__(self):
        self.data = {"a": 1}
    def __getitem__(self, k):
        return self.data[k]
sl = Slotted()
print(sl["a"])
try:
    sl["b"]
except KeyError as e:
    print("KeyError:", e)

class Meta(type):
    def __getitem__(cls, k):
        return (cls.__name__, k)
class WithMeta(metaclass=Meta):
    pass
print(WithMeta[3])

# Deep recursion through __getitem__ is a RecursionError, not a crash
class Deep:
    def __getitem__(self, i):
        return self[i + 1]
try:
    Deep()[0]
except RecursionError as e:
    print("RecursionError:", e)

# The result feeds what follows in the same expression
class Grid:
    def __init__(self):
        self.rows = [[1, 2], [3, 4]]
    def __getitem__(self, rc):
        r, c = rc
        return self.rows[r][c]
g = Grid()
print(g[0, 1] + g[1, 0] * 10, g[1, 1] if g[0, 0] else None)

# __getitem__ that raises: the traceback has its frame
def fail():
    return s[10]
fail()
