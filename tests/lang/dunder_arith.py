class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return "V" + repr(self.c)
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c))) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, m=None): return V(*(pow(a, k, m) for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return V(*reversed(self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __rsub__(self, o): return "rsub"
    def __rtruediv__(self, o): return "rtruediv"
    def __divmod__(self, o): return "divmod"
    def __rpow__(self, o): return "rpow"
    def __iadd__(self, o):
        self.c = tuple(a + o for a in self.c)
        return self
v, w = V(1, 2), V(3, 4)
print(v + w, v - w, v * 3, 3 * v, v / 2, w // 2, w % 3, v ** 2, pow(w, 2, 5))
print(-v, +v, abs(w), ~v, v @ w, v & w, v | w, v ^ w, v << 1, v >> 1)
print(1 - v, 1 / v, 2 ** v, divmod(v, 1), sum([v, w]))
x = v
x += 10
print(x, v, x is v)
y = V(1)
y -= V(1)
print(y)
try:
    v + 1
except TypeError as e:
    print("TypeError", e)
try:
    "s" * v
except TypeError as e:
    print("TypeError", e)
class Num:
    def __init__(self, n): self.n = n
    def __int__(self): return self.n
    def __float__(self): return float(self.n) + 0.5
    def __index__(self): return self.n
    def __complex__(self): return complex(self.n, 1)
    def __round__(self, nd=None): return "rounded" + str(nd)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
import math
n = Num(3)
print(int(n), float(n), complex(n), [10, 20, 30, 40][n], hex(n), bin(n), round(n), round(n, 2))
print(math.trunc(n), math.floor(n), math.ceil(n), "ab" * n, range(n))
class NI:
    def __eq__(self, o): return NotImplemented
print(NI() == NI(), NI() != 3)
class OnlyRadd:
    def __radd__(self, o): return "radd:" + repr(o)
print(1 + OnlyRadd(), "s" + OnlyRadd())
class SubV(V):
    def __radd__(self, o): return "SubV radd wins"
print(V(1) + SubV(2))
