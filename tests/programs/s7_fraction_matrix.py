"""Hand-written Fraction and Matrix classes with operator overloading; Gaussian elimination."""
from math import gcd
from functools import total_ordering, reduce
import operator


@total_ordering
class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n=0, d=1):
        if isinstance(n, Frac) and d == 1:
            n, d = n.n, n.d
        if not isinstance(n, int) or not isinstance(d, int):
            raise TypeError(f"Frac() needs ints, not {type(n).__name__} and {type(d).__name__}")
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        g = gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return NotImplemented

    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __sub__(self, o):
        o = self._coerce(o)
        return o if o is NotImplemented else self + (-o)

    def __rsub__(self, o):
        return (-self) + o

    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac(o) / self

    def __pow__(self, k):
        if k < 0:
            return Frac(self.d ** -k, self.n ** -k)
        return Frac(self.n ** k, self.d ** k)

    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return self.n == o.n and self.d == o.d

    def __lt__(self, o):
        o = self._coerce(o)
        if o is NotImplemented:
            return o
        return self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __bool__(self):
        return self.n != 0

    def __float__(self):
        return self.n / self.d

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

    def __format__(self, spec):
        return format(str(self), spec)


class Matrix:
    def __init__(self, rows):
        self.rows = [[Frac(x) for x in r] for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")

    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]) if self.rows else 0)

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Frac(0)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)

    def det_and_inverse(self):
        n = self.shape[0]
        a = [r[:] + [Frac(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        det = Frac(1)
        for c in range(n):
            p = next((r for r in range(c, n) if a[r][c]), None)
            if p is None:
                return Frac(0), None
            if p != c:
                a[c], a[p] = a[p], a[c]
                det = -det
            piv = a[c][c]
            det *= piv
            a[c] = [x / piv for x in a[c]]
            for r in range(n):
                if r != c and a[r][c]:
                    f = a[r][c]
                    a[r] = [x - f * y for x, y in zip(a[r], a[c])]
        return det, Matrix([r[n:] for r in a])


h = Frac(1, 2)
t = Frac(2, -6)
print(h, t, repr(t), h + t, h - t, h * t, h / t, 1 - h, 3 / h, 2 * t, t ** 3, t ** -2)
print(h == Frac(2, 4), h == 0.5, Frac(4, 2) == 2, hash(Frac(4, 2)) == hash(2), sorted([h, t, Frac(0), Frac(7, 8), 1]))
print(min(h, t), max([h, t, Frac(3, 5)]), abs(t), float(t), bool(Frac(0, 5)), h >= t, h <= 1)
print({Frac(1, 2), Frac(2, 4), Frac(3), 3}, sum([h, t, Frac(1, 6)]), reduce(operator.mul, [h, h, h]))
print(f"[{h:>6}] [{t:<6}] [{Frac(22, 7):^9}]")
for bad in [lambda: Frac(1, 0), lambda: Frac(1.5), lambda: h + 0.5, lambda: h < "x", lambda: Frac(0) ** -1]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

m = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(m, m.shape, m[1, 2], sep="\n")
d, inv = m.det_and_inverse()
print("det", d)
print(inv)
print(m @ inv == Matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
print(Matrix([[1, 2], [2, 4]]).det_and_inverse())
try:
    m @ Matrix([[1, 2]])
except ValueError as e:
    print(e)
try:
    hash(m)
except TypeError as e:
    print(e)
try:
    Matrix([[1], [1, 2]])
except ValueError as e:
    print(e)
