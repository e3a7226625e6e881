# Calling a class defined in Python counts a level of the recursion depth in CPython 3.11
# (_PyObject_MakeTpCall), besides __init__'s frame: where runaway recursion stops.
import sys


class Tree:
    def __init__(self, d):
        self.d = d

    def grow(self):
        return Tree(self.d + 1).grow()


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    def __init__(self, d, *, k=0):
        self.d = d

    def grow(self):
        return WithMeta(self.d + 1, k=1).grow()


def depth_reached(cls):
    deepest = [0]
    orig = cls.grow

    def grow(self):
        deepest[0] = self.d
        return orig(self)

    cls.grow = grow
    try:
        cls(0).grow()
    except RecursionError as e:
        print(cls.__name__, "RecursionError:", e)
    cls.grow = orig
    return deepest[0]


for limit in (100, 101, 250):
    sys.setrecursionlimit(limit)
    print(limit, depth_reached(Tree), depth_reached(WithMeta))
sys.setrecursionlimit(1000)
Tree(0).grow()
