vals = [0.1, 0.5, 1.0, 2.5, -3.75, 1e10, 1e-10, 123.456]
for a in vals[:5]:
    for b in vals[2:6]:
        print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, divmod(a, b))
print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 3, 1 / 3, 2 / 3, 10 / 3, 1e308 + 1e308, -1e308 * 10, 1e-320 / 1e10)
print(float("inf") - float("inf"), float("inf") * 0, 0 * float("-inf"), float("inf") + 1, -float("inf"), float("nan") + 1)
print(5.0 // 0.3, 5.0 % 0.3, -5.0 // 0.3, -5.0 % 0.3, 1e16 + 1, 2 ** 53 + 1.0, 0.1 * 0.1)
print(3.0 * 1.1, 9.95 * 10, round(9.95, 1), round(0.285, 2), round(1.0000001, 5), 1.0 - 0.9, 100 * 1.1)
import math
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]), math.isclose(0.1 * 3, 0.3))
acc = 0.0
for i in range(1, 1001):
    acc += 1.0 / i
print(acc, acc * 1e5, acc / 7)
x = 1.0
for _ in range(60):
    x = x * 1.1 + 0.01
print(x)
print(float.__mul__(2.0, 3), (2.0).__truediv__(4), (7.0).__mod__(-3), (-7.0).__floordiv__(2))
