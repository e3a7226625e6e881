# Assigning to a namedtuple field fails inside a C descriptor in CPython: the
# traceback has no frame for the descriptor.
import collections
Point = collections.namedtuple("Point", "x y")
p = Point(1, 2)
try:
    del p.y
except AttributeError as e:
    print("del:", e)
print(Point.x, Point.y.__doc__)
p.x = 5
