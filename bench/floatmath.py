"""Float math: trigonometry, square roots, a Mandelbrot set, numeric
integration and vector normalisation.

    python3 bench/floatmath.py [N]
"""
import math
import sys


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3
        self.z = (x * x) / 2

    def normalize(self):
        norm = math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def mandelbrot(size):
    inside = 0
    for py in range(size):
        ci = 2.0 * py / size - 1.0
        for px in range(size):
            cr = 2.5 * px / size - 2.0
            zr = zi = 0.0
            for _ in range(50):
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                if zr * zr + zi * zi > 4.0:
                    break
            else:
                inside += 1
    return inside


def integrate(f, a, b, n):
    h = (b - a) / n
    s = 0.5 * (f(a) + f(b))
    for i in range(1, n):
        s += f(a + i * h)
    return s * h


def main(n):
    points = [Point(i) for i in range(n)]
    for p in points:
        p.normalize()
    m = points[0]
    for p in points[1:]:
        m = m.maximize(p)
    print("points: %.9f %.9f %.9f" % (m.x, m.y, m.z))
    print("mandelbrot:", mandelbrot(n // 1000 + 60))
    print("integral: %.12f" % integrate(lambda x: math.exp(-x * x) * math.cos(x), 0.0, 3.0, n))
    acc = 0.0
    for i in range(1, n):
        acc += math.log(i) / math.sqrt(i) + math.atan2(i, 7.0) - math.hypot(1.0, i) / i
    print("sum: %.9f" % acc)
    print("round:", round(2.675, 2), 1e16 + 1.5, 0.1 + 0.2, float("1e-7"), 1 / 3)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)
