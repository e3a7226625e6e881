"""Exact linear algebra over Fractions: a small Matrix class with operator protocols."""
from fractions import Fraction
from functools import reduce
from itertools import permutations, product
import operator


class MatrixError(ValueError):
    pass


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        rows = [[Fraction(x) for x in r] for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("ragged or empty matrix")
        self.rows, self.n, self.m = rows, len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + " ".join(c.rjust(w) for c in r) + " ]" for r in cells)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __hash__(self):
        return hash(tuple(map(tuple, self.rows)))

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __add__(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise MatrixError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[x * k for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(map(operator.mul, r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        return reduce(operator.matmul, [self] * k, Matrix.identity(self.n))

    @property
    def shape(self):
        return (self.n, self.m)

    @property
    def T(self):
        return Matrix(list(map(list, zip(*self.rows))))

    def det(self):
        """Leibniz formula: fine for tiny matrices."""
        total = Fraction(0)
        for p in permutations(range(self.n)):
            inv = sum(1 for i in range(len(p)) for j in range(i + 1, len(p)) if p[i] > p[j])
            total += (-1) ** inv * reduce(operator.mul, (self.rows[i][p[i]] for i in range(self.n)), 1)
        return total

    def inverse(self):
        n = self.n
        aug = [r[:] + [Fraction(int(i == j)) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
            if pivot is None:
                raise MatrixError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            pv = aug[col][col]
            aug[col] = [x / pv for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])


A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([["1/2", 0, 0], [0, "1/3", 0], [0, 0, 4]])
print(A, B, sep="\n\n")
print(repr(A @ B))
print(A.det(), B.det(), (A @ B).det() == A.det() * B.det())
Ai = A.inverse()
print(Ai)
print(Ai @ A == Matrix.identity(3), A @ Ai == Matrix.identity(3))
print((A ** 3)[0, 0], (A - A) == Matrix([[0] * 3] * 3), 2 * B == B * 2, -B)
print(A.T.shape, Matrix([[1, 2, 3]]).T, sep="\n")
print(len({A, A.T.T, B}), A == "A", A != B)
for bad in (lambda: Matrix([[1, 2], [3]]), lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: A + Matrix([[1]]), lambda: A * A):
    try:
        bad()
    except (MatrixError, TypeError) as e:
        print(type(e).__name__, "-", e)
F = Fraction
print(F(1, 3) + F(1, 6), F(3, 4) * 4, F(7, 3) // F(1, 2), F(7, 3) % F(1, 2), divmod(F(7, 3), F(1, 2)))
print(F("3.1415926535").limit_denominator(1000), F(2, 3) ** 3, F(-9, 12), abs(F(-1, 2)), F(1, 3) > 0.33)
print(sorted([F(1, 2), 0.4, F(2, 3), 1, F(-1, 5)]), min(F(5, 2), 2.4999), sum(F(1, d) for d in range(1, 7)))
print(f"{float(F(22, 7)):.5f} {F(22, 7).numerator}/{F(22, 7).denominator}", F(5, 10).as_integer_ratio(), round(F(5, 2)), round(F(7, 2)))
grid = {(i, j): F(i + 1, j + 1) for i, j in product(range(3), repeat=2)}
print(max(grid, key=grid.get), grid[2, 0], sum(grid.values()))
print(F(1.1), F("1.1"), F(1, 3).__round__(2), F(10) == 10, hash(F(10)) == hash(10))
