# chained comparisons evaluate each operand once, left to right, and short-circuit
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
calls.clear()
print(v(1) < v(5) > v(2) in [2], calls)
class Loud:
    def __init__(self, n): self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}")
        return self.n < other.n
    def __bool__(self):
        print("bool", self.n)
        return True
a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
class Weird:
    def __lt__(self, other): return "truthy"
    def __gt__(self, other): return ""
w = Weird()
print(w < 1, w < 1 < 2, w > 1 > 0, 1 < 2 < w)
x = 5
print(1 < x <= 5 == x, 0 <= x < 5, x in range(10) in [range(10)])
print(1 < 2 > 0 < 3 != 4 == 4)
print([i for i in range(10) if 2 < i < 6 != i - 1])
