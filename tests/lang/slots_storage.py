# __slots__ values live in each instance: fresh instances start empty, values survive
# copy/pickle, subclasses add slots, and missing slots raise AttributeError.
import copy
import pickle


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x=None, y=None):
        if x is not None:
            self.x = x
        if y is not None:
            self.y = y

    def __repr__(self):
        return "Point(%s, %s)" % (getattr(self, "x", "?"), getattr(self, "y", "?"))


class Point3(Point):
    __slots__ = ("z",)


class WithDict(Point):
    pass


stale = 0
for i in range(500):
    p = Point()
    stale += hasattr(p, "x") + hasattr(p, "y")
    p.x = i
    p.y = -i
print("stale:", stale)

p = Point(1, 2)
print(p, p.x + p.y)
del p.x
print(p, hasattr(p, "x"))
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)

q = Point3(3, 4)
q.z = 5
print(q, q.z, isinstance(q, Point))
w = WithDict(7, 8)
w.extra = "e"
print(w, w.__dict__)

c = copy.copy(Point(9, 10))
d = copy.deepcopy(Point3(11, [12]))
print(c, d, d.y)
r = pickle.loads(pickle.dumps(Point(13, 14)))
print(r, type(r).__name__)
print(Point.x, type(Point.__dict__["y"]).__name__)
print(sorted(n for n in dir(Point3(1, 2)) if not n.startswith("__")))
