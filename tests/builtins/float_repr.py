vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 0.0, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        1.5, 2.5, 3.14159, 1 / 3, 2 / 3, 100.0, 1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        float("inf"), float("-inf"), float("nan"), 123.456, 9.999999999999999e22, 0.3, 1e100, 12345.6789e-10,
        4.35, 0.1 * 3, 1.1 * 1.1, 2 ** 0.5, 10 / 7, 1e-7, 1e-6, 123e18, 1.0e+16, 9007199254740993.0, 0.5e-323]
for v in vals:
    print(repr(v), str(v))
import random
r = random.Random(1234)
for i in range(60):
    x = r.random() * 10 ** r.randint(-30, 30)
    print(repr(x), repr(-x), str(x * 3.7))
for i in range(20):
    print(repr(r.getrandbits(52) / 2 ** r.randint(0, 80)))
print(float("1e500"), float("-1e500"), float("  3.5  "), float("1_000.5"), float("-.5"), float("Infinity"), float("-NaN"))
print(float("1e-400"), float("0x1p3") if False else 8.0, float(10 ** 20), float("1.e2"))
print([round(x, 2) for x in [2.675, 1.005, 0.125, 0.375, -0.5, 1.5, 2.5]])
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(3.7), round(-3.7), type(round(2.5)).__name__)
print(round(1234.5678, -2), round(1234.5678, 2), round(1e300, -300), round(5.5, 0), round(float("inf"), 2))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
