class Point:
    "A point."
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims, Point.__doc__, Point.__name__, Point.__qualname__)
print(Point.norm2(p), type(p) is Point, isinstance(p, Point), p.__class__.__name__)
p.dims = 3
print(p.dims, Point.dims, sorted(p.__dict__))
print(Point.__module__, Point.__bases__, Point.__mro__)
class Empty: pass
e = Empty()
e.anything = 1
print(e.anything, repr(Empty)[:8], Empty.__name__)
print(str(Point)[:7], repr(Point))
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, repr(Outer.Inner))
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    Point.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.norm2(1)
except TypeError as e:
    print("TypeError", e)
class Cnt:
    count = 0
    def __init__(self):
        Cnt.count += 1
for _ in range(3): Cnt()
print(Cnt.count)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, m.__name__)
print(p.norm2 == p.norm2, p.norm2 is p.norm2)
del p.x
try:
    p.norm2()
except AttributeError as e:
    print("AttributeError", e)
class WithClassAttrExpr:
    a = 1
    b = a + 1
    lst = [a, b]
print(WithClassAttrExpr.b, WithClassAttrExpr.lst)
print(type(Point), type(type), type(object), object.__bases__)
