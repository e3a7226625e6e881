def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m): return [list(r) for r in zip(*m)]
def identity(n): return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1: return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
a = [[1, 2, 3], [4, 5, 6], [7, 8, 10]]
b = [[1, 0, 2], [0, 1, 0], [3, 0, 1]]
print(matmul(a, b))
print(transpose(a), matmul(a, identity(3)) == a, det(a), det(b), det(identity(4)))
from fractions import Fraction
def inverse(m):
    n = len(m)
    aug = [[Fraction(v) for v in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = next(r for r in range(c, n) if aug[r][c] != 0)
        aug[c], aug[p] = aug[p], aug[c]
        pv = aug[c][c]
        aug[c] = [v / pv for v in aug[c]]
        for r in range(n):
            if r != c:
                f = aug[r][c]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[c])]
    return [row[n:] for row in aug]
inv = inverse(a)
print([[str(v) for v in row] for row in inv])
print(matmul(a, inv) == identity(3))
def mat_pow(m, k):
    r = identity(len(m))
    while k:
        if k & 1: r = matmul(r, m)
        m = matmul(m, m); k >>= 1
    return r
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
floats = [[0.5, 1.25], [2.0, -0.75]]
print(matmul(floats, floats), [[round(v, 3) for v in r] for r in matmul(floats, [[1 / 3, 0], [0, 1 / 7]])])
