from functools import lru_cache
def fib_rec(n): return n if n < 2 else fib_rec(n - 1) + fib_rec(n - 2)
@lru_cache(None)
def fib_memo(n): return n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n): a, b = b, a + b
    return a
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print([fib_rec(i) for i in range(20)])
print(fib_memo(200), fib_iter(200) == fib_memo(200))
g = fib_gen()
print([next(g) for _ in range(15)])
print(len(str(fib_iter(5000))), str(fib_iter(5000))[:30])
memo = {}
def fib_dict(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fib_dict(n - 1) + fib_dict(n - 2)
    memo[n] = r
    return r
print(fib_dict(300))
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
def fib_mat(n):
    r, m = [[1, 0], [0, 1]], [[1, 1], [1, 0]]
    while n:
        if n & 1: r = matmul(r, m)
        m = matmul(m, m); n >>= 1
    return r[0][1]
print(fib_mat(1000) == fib_iter(1000))
