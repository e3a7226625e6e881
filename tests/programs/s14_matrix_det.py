"""Exact linear algebra: Matrix class with __matmul__, Fraction determinant, inverse, solving, rank."""
from fractions import Fraction
from numbers import Number


class MatrixError(ValueError):
    pass


class Matrix:
    __slots__ = ("rows", "shape")

    def __init__(self, rows):
        rows = [[Fraction(x) for x in r] for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("ragged or empty matrix")
        self.rows = rows
        self.shape = (len(rows), len(rows[0]))

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __repr__(self):
        return f"Matrix({[[str(x) for x in r] for r in self.rows]})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(w) for c in r) + " ]" for r in cells)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} + {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        if not isinstance(k, Number):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape[1] != other.shape[0]:
            raise MatrixError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Fraction(0)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        if n < 0:
            return self.inverse() ** -n
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def transpose(self):
        return Matrix(list(zip(*self.rows)))

    def _eliminate(self, augment=None):
        n, m = self.shape
        a = [r[:] + (augment.rows[i][:] if augment else []) for i, r in enumerate(self.rows)]
        sign, rank, row = 1, 0, 0
        for col in range(m):
            pivot = next((r for r in range(row, n) if a[r][col] != 0), None)
            if pivot is None:
                continue
            if pivot != row:
                a[row], a[pivot] = a[pivot], a[row]
                sign = -sign
            for r in range(n):
                if r != row and a[r][col] != 0:
                    f = a[r][col] / a[row][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[row])]
            row += 1
            rank += 1
            if row == n:
                break
        return a, sign, rank

    def det(self):
        if self.shape[0] != self.shape[1]:
            raise MatrixError("determinant of non-square matrix")
        a, sign, rank = self._eliminate()
        if rank < self.shape[0]:
            return Fraction(0)
        prod = Fraction(sign)
        for i in range(self.shape[0]):
            prod *= a[i][i]
        return prod

    def rank(self):
        return self._eliminate()[2]

    def inverse(self):
        n = self.shape[0]
        if self.det() == 0:
            raise ZeroDivisionError("matrix is singular")
        a, _, _ = self._eliminate(Matrix.identity(n))
        return Matrix([[x / a[i][i] for x in a[i][n:]] for i in range(n)])

    def solve(self, b):
        return self.inverse() @ Matrix([[x] for x in b])


def det_laplace(rows):
    if len(rows) == 1:
        return rows[0][0]
    return sum((-1) ** j * rows[0][j] * det_laplace([r[:j] + r[j + 1:] for r in rows[1:]]) for j in range(len(rows)))


A = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
B = Matrix([["1/2", 3, 0], [1, "2/3", 4], [0, 0, "-5/7"]])
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print(A, B, sep="\n\n")
print("A@B =", repr(A @ B))
print("det A", A.det(), "det B", B.det(), "det A@B", (A @ B).det(), "product", A.det() * B.det())
print("det H", H.det(), "laplace", det_laplace(H.rows), "rank", H.rank())
print("inverse A:\n" + str(A.inverse()))
print("A @ inv(A) == I:", A @ A.inverse() == Matrix.identity(3), H @ H.inverse() == Matrix.identity(4))
print("solve A x = [1, 0, 1]:", [str(r[0]) for r in A.solve([1, 0, 1]).rows])
F = Matrix([[1, 1], [1, 0]])
print("fib via power:", [(F ** k)[0, 1] for k in range(1, 15)], (F ** 90)[0, 1])
print("A^-2:", repr(A ** -2), "3*A + A*2 =", repr(3 * A + A * 2 + Matrix.identity(3) * Fraction(1, 2)))
S = Matrix([[1, 2, 3], [2, 4, 6], [1, 0, 1]])
print("singular det", S.det(), "rank", S.rank(), "rank of 2x4", Matrix([[1, 2, 3, 4], [2, 4, 6, 8]]).rank())
print("transpose", repr(Matrix([[1, 2, 3], [4, 5, 6]]).transpose()), B.transpose().det() == B.det())
for bad in (lambda: S.inverse(), lambda: A @ Matrix([[1, 2]]), lambda: A + Matrix([[1]]), lambda: Matrix([[1, 2], [3]]),
            lambda: Matrix([[1, 2]]).det(), lambda: A @ 3, lambda: A + 1, lambda: Matrix([["x"]])):
    try:
        bad()
    except (MatrixError, ZeroDivisionError, TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(Fraction(3, -6), Fraction("3.1415"), Fraction(1, 3) ** 2, Fraction(1, 3) ** -2, Fraction(4, 9) ** Fraction(1, 2))
print(Fraction(7, 3).limit_denominator(2), Fraction(355, 113).as_integer_ratio(), float(Fraction(1, 7)), Fraction(5, 2).__round__())
print(sorted([Fraction(1, 3), 0.3, 1, Fraction(-1, 2)]), Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
