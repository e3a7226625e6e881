import math
class Shape:
    count = 0
    def __init__(self, name):
        self.name = name
        Shape.count += 1
    def area(self): raise NotImplementedError(type(self).__name__ + ".area")
    def perimeter(self): raise NotImplementedError
    def __str__(self): return f"{self.name}: area={self.area():.3f} perim={self.perimeter():.3f}"
    def __lt__(self, other): return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle"); self.r = r
    def area(self): return math.pi * self.r ** 2
    def perimeter(self): return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name); self.w, self.h = w, h
    def area(self): return self.w * self.h
    def perimeter(self): return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s): super().__init__(s, s, "square")
class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle"); self.sides = (a, b, c)
    def perimeter(self): return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
shapes = [Circle(1), Rect(2, 3), Square(2.5), Triangle(3, 4, 5), Circle(0.5)]
for s in sorted(shapes):
    print(s)
print(Shape.count, max(shapes).name, sum(s.area() for s in shapes))
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print("NotImplementedError", e)
print([type(s).__name__ for s in shapes if isinstance(s, Rect)], Square.__mro__[1:3])
total = 0
for i in range(2000):
    total += shapes[i % 5].area()
print(round(total, 6))
