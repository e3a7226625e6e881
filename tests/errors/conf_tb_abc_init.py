# An error raised in __init__ of an ABC subclass: no extra frame from the abc machinery
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...


class Square(Shape):
    def __init__(self, side):
        if side < 0:
            raise ValueError(f"negative side: {side}")
        self.side = side

    def area(self):
        return self.side ** 2


try:
    Shape()
except TypeError as e:
    print(e)
print(Square(3).area())
Square(-1)
