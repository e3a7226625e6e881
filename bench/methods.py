"""Method calls through a class hierarchy (virtual dispatch, super(),
properties, instance attributes).

    python3 bench/methods.py [N]
"""
import sys


class Shape:
    def __init__(self, name):
        self.name = name
        self.moves = 0

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def weight(self):
        return self.area() + self.perimeter()

    def move(self, dx):
        self.moves += dx
        return self


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def weight(self):
        return super().weight() + 1


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self._r = r

    @property
    def r(self):
        return self._r

    def area(self):
        return 3 * self.r * self.r

    def perimeter(self):
        return 6 * self.r


class Triangle(Shape):
    def __init__(self, a, b, c):
        Shape.__init__(self, "triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        a, b, c = self.sides
        return a + b + c

    def area(self):
        return self.perimeter() // 2


class Counter:
    __slots__ = ("n",)

    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k

    def get(self):
        return self.n


def main(n):
    shapes = []
    for i in range(20):
        k = i % 4
        if k == 0:
            shapes.append(Rect(i + 1, i + 2))
        elif k == 1:
            shapes.append(Square(i + 1))
        elif k == 2:
            shapes.append(Circle(i + 1))
        else:
            shapes.append(Triangle(i, i + 1, i + 2))
    c = Counter()
    for step in range(n):
        for s in shapes:
            c.add(s.weight())
            s.move(1)
    by_name = {}
    for s in shapes:
        by_name[s.name] = by_name.get(s.name, 0) + s.moves
    print("total:", c.get())
    print("moves:", sorted(by_name.items()))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40000)
