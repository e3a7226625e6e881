"""Vector, Matrix and Fraction-like classes with operator overloading."""
from math import gcd, isclose, hypot
import functools


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r}, {self.z!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"

    def __iter__(self):
        yield from (self.x, self.y, self.z)

    def __eq__(self, other):
        return isinstance(other, Vector) and tuple(self) == tuple(other)

    def __hash__(self):
        return hash(tuple(self))

    def __add__(self, o):
        return Vector(*(a + b for a, b in zip(self, o))) if isinstance(o, Vector) else NotImplemented

    def __sub__(self, o):
        return Vector(*(a - b for a, b in zip(self, o)))

    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __matmul__(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return hypot(*self)

    def __bool__(self):
        return any(self)

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __getitem__(self, i):
        return tuple(self)[i]


@functools.total_ordering
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

    def __format__(self, spec):
        if spec.endswith("f"):
            return format(self.n / self.d, spec)
        return format(str(self), spec)

    @staticmethod
    def _coerce(o):
        return o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else None

    def __add__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return self._coerce(o) - self

    def __mul__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)

    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)

    def __eq__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = self._coerce(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __float__(self):
        return self.n / self.d

    def __int__(self):
        return int(self.n / self.d)


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[Frac(int(i == j)) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(c) for c in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        cols = list(zip(*o.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Frac(0)) for c in cols] for r in self.rows])

    def __eq__(self, o):
        return self.rows == o.rows

    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        n = self.shape[0]
        m = [r[:] for r in self.rows]
        det = Frac(1)
        for c in range(n):
            p = next((r for r in range(c, n) if m[r][c] != 0), None)
            if p is None:
                return Frac(0)
            if p != c:
                m[c], m[p] = m[p], m[c]
                det = det * -1
            det = det * m[c][c]
            for r in range(c + 1, n):
                f = m[r][c] / m[c][c]
                m[r] = [a - f * b for a, b in zip(m[r], m[c])]
        return det

    def inverse(self):
        n = self.shape[0]
        aug = [r[:] + ident for r, ident in zip(self.rows, Matrix.identity(n).rows)]
        for c in range(n):
            p = next((r for r in range(c, n) if aug[r][c] != 0), None)
            if p is None:
                raise ValueError("matrix is singular")
            aug[c], aug[p] = aug[p], aug[c]
            pv = aug[c][c]
            aug[c] = [x / pv for x in aug[c]]
            for r in range(n):
                if r != c:
                    f = aug[r][c]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[c])]
        return Matrix([r[n:] for r in aug])


v, w = Vector(1, 2, 3), Vector(4, -5, 6)
print(v + w, v - w, v * 2, 3 * v, v * w, v @ w, -v, abs(Vector(3, 4)), bool(Vector()), repr(v))
print(sorted([w, v, Vector(0, 0, 1)]), v == Vector(1, 2, 3), len({v, Vector(1, 2, 3), w}), v[1], v[-1], list(v)[::-1])
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    v.w = 1
except AttributeError as e:
    print("AttributeError:", e)
a, b = Frac(1, 3), Frac(-2, 4)
print(a + b, a - b, a * b, a / b, a ** 2, b ** -3, 1 + a, 1 - a, 2 * b, a == Frac(2, 6), a < b, a >= b, repr(b))
print(sorted([Frac(3, 4), Frac(1, 2), Frac(5, 8), 1, Frac(-1, 3)]), sum([Frac(1, n) for n in range(1, 7)], Frac(0)))
print(f"{a:>8}|{a:<8}|{a:.4f}|{Frac(7, 2)!s:^9}|", float(a), int(Frac(-7, 2)), max(a, b), min([a, b, 0]))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError:", e)
M = Matrix([[Frac(2), Frac(1), Frac(1)], [Frac(1), Frac(3), Frac(2)], [Frac(1), Frac(0), Frac(0)]])
print(M)
print("det", M.det(), "shape", M.shape)
inv = M.inverse()
print(inv)
print(M @ inv == Matrix.identity(3), (M @ inv).rows[0])
print(M.T())
try:
    Matrix([[Frac(1), Frac(2)], [Frac(2), Frac(4)]]).inverse()
except ValueError as e:
    print("ValueError:", e)
try:
    M @ Matrix([[Frac(1)]])
except ValueError as e:
    print("ValueError:", e)
try:
    Matrix([[1, 2], [3]])
except ValueError as e:
    print("ValueError:", e)
