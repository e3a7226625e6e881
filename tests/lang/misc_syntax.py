x = [1, 2, 3,]
print(x, (1,), (), [], {}, set())
print(x[-1], x[::-1], x[1:], x[:1], x[5:], x[-10:2])
if True: print("one-liner"); print("two")
a = b = [1]
print(a is b)
def f(): ...
print(f())
print(type(...).__name__, type(None).__name__, type(NotImplemented).__name__)
i = 10
i = i if i > 5 else 0
print(i)
matrix = [[1, 2], [3, 4]]
print(matrix[1][0], [row[1] for row in matrix])
print(*[1, 2, 3], sep="-")
print(*"abc")
t = 1, 2
print(t, type(t).__name__)
print(1 if [] else 2 if {} else 3)
s = slice(1, None, 2)
print([0, 1, 2, 3, 4][s], s)
print((lambda: (yield))().__class__.__name__)
print([1, 2][True], "abc"[False])
print(-(-3), +-3, ~5, not -1)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 7 % -3, -7 // -2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 8 >> 1 << 2, 5 & 3 | 8 ^ 1)
x = 5; x += 1; print(x)
print(__name__, __doc__)
del x
global_var = 3
print(isinstance(__builtins__, dict) or type(__builtins__).__name__)
pass
