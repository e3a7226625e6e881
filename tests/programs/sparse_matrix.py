"""A dictionary-of-keys sparse matrix: tuple indexing, slicing rows, @ products, iteration and equality."""
from fractions import Fraction


class Sparse:
    def __init__(self, rows, cols, entries=None):
        if rows <= 0 or cols <= 0:
            raise ValueError(f"bad shape ({rows}, {cols})")
        self.shape = (rows, cols)
        self.data = {}
        for (r, c), v in (entries or {}).items():
            self[r, c] = v

    @classmethod
    def identity(cls, n):
        return cls(n, n, {(i, i): 1 for i in range(n)})

    @classmethod
    def from_dense(cls, grid):
        m = cls(len(grid), len(grid[0]))
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                m[r, c] = v
        return m

    def _check(self, key):
        if not (isinstance(key, tuple) and len(key) == 2):
            raise TypeError(f"index must be a (row, col) tuple, not {type(key).__name__}")
        r, c = key
        rows, cols = self.shape
        if r < 0:
            r += rows
        if c < 0:
            c += cols
        if not (0 <= r < rows and 0 <= c < cols):
            raise IndexError(f"index {key} out of range for shape {self.shape}")
        return r, c

    def __getitem__(self, key):
        if isinstance(key, tuple) and len(key) == 2 and isinstance(key[1], slice):
            r = self._check((key[0], 0))[0]
            return [self.data.get((r, c), 0) for c in range(*key[1].indices(self.shape[1]))]
        return self.data.get(self._check(key), 0)

    def __setitem__(self, key, value):
        key = self._check(key)
        if value == 0:
            self.data.pop(key, None)
        else:
            self.data[key] = value

    def __iter__(self):
        for key in sorted(self.data):
            yield key, self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, value):
        return value in self.data.values() or (value == 0 and len(self) < self.shape[0] * self.shape[1])

    def __eq__(self, other):
        if not isinstance(other, Sparse):
            return NotImplemented
        return self.shape == other.shape and self.data == other.data

    def __add__(self, other):
        if not isinstance(other, Sparse):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        out = Sparse(*self.shape, self.data)
        for k, v in other.data.items():
            out[k] = out[k] + v
        return out

    def __mul__(self, k):
        if not isinstance(k, (int, float, Fraction)):
            return NotImplemented
        return Sparse(*self.shape, {key: v * k for key, v in self.data.items()})

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Sparse):
            return NotImplemented
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"matmul: {self.shape} @ {other.shape}")
        by_row = {}
        for (r, c), v in other.data.items():
            by_row.setdefault(r, []).append((c, v))
        out = Sparse(self.shape[0], other.shape[1])
        for (r, k), v in self.data.items():
            for c, w in by_row.get(k, []):
                out[r, c] = out[r, c] + v * w
        return out

    def T(self):
        return Sparse(self.shape[1], self.shape[0], {(c, r): v for (r, c), v in self.data.items()})

    def density(self):
        return len(self) / (self.shape[0] * self.shape[1])

    def __repr__(self):
        return f"Sparse({self.shape[0]}x{self.shape[1]}, nnz={len(self)})"

    def __str__(self):
        rows = []
        for r in range(self.shape[0]):
            rows.append(" ".join(f"{str(self.data.get((r, c), '.')):>5}" for c in range(self.shape[1])))
        return "\n".join(rows)


a = Sparse.from_dense([[1, 0, 0, 2], [0, 0, 3, 0], [0, 4, 0, 0]])
b = Sparse(4, 2, {(0, 0): 1, (3, 1): -1, (2, 0): Fraction(1, 2)})
print(repr(a), a.density(), len(a), list(a))
print(a)
print(a @ b)
print(a[1, 2], a[-1, -3], a[0, 1:], a[0, ::-1], 3 in a, 0 in a, 9 in a)
print(a.T().T() == a, a == a * 1, a == "a", (a + a) == 2 * a, (a * 0).data, (a @ Sparse.identity(4)) == a)
p = a @ a.T()
print(p, p == p.T(), sep="\n")
a[0, 0] = 0
a[2, 3] = 0.5
print(list(a), repr(a @ b))
for bad in [lambda: a[5, 0], lambda: a[0], lambda: a["x", 1], lambda: a @ a, lambda: a + b, lambda: Sparse(0, 3),
            lambda: a * "s", lambda: a @ 3]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")
n = 30
big = Sparse(n, n, {(i, (i * 7) % n): i + 1 for i in range(n)})
power = Sparse.identity(n)
for _ in range(5):
    power = power @ big
print(len(power), sum(v for _, v in power) % 1000003, max(power, key=lambda kv: kv[1])[0])
