# An uncaught TypeError from a class pattern: traceback points at the pattern.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


def locate(p):
    match p:
        case Point(x, y, z):
            return x, y, z
        case _:
            return None


print(locate("not a point"))
print(locate(Point(1, 2)))
