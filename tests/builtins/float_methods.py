print((0.5).hex(), (1.0).hex(), (-0.1).hex(), (3.14).hex(), (0.0).hex(), (1e-320).hex(), float("inf").hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("inf"), float.fromhex("0x1.999999999999ap-4"))
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(7.5, 2), divmod(-7.5, 2))
print(1e308 * 10, -1e308 * 10, 1e-308 / 1e10, 0.1 + 0.7, 3 * 0.1)
print(2.0 ** 0.5, 2.0 ** -1, (-8.0) ** 2, 4 ** 0.5, 10.0 ** 3)
try:
    (-8.0) ** 0.5
    print((-8.0) ** 0.5)
except ValueError as e:
    print("ValueError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
print(float("nan") == float("nan"), float("inf") == float("inf"), float("inf") > 1e308, -0.0 == 0.0)
print(int(2.9), int(-2.9), int(1e15), float(3), float("  -12.5e2 "), float(True))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(1.0.real, 1.5.imag, (2.5).conjugate(), abs(-3.5), -(0.0), abs(-0.0))
print(max(1.5, 2), min(0.0, -0.0), sum([0.1] * 10), 0.1 * 10)
print(hash(0.5), hash(1.5), hash(-0.5), hash(float("inf")), hash(1e100) == hash(int(1e100)))
print(float.__name__, type(1e3).__name__, 1e3, 1E3, 1_0e1_0)
print(3.0 == 3, 3.5 > 3, 2 ** 63 == 2.0 ** 63, 2 ** 63 + 1 > 2.0 ** 63, (2 ** 63 + 1) == 2.0 ** 63)
print(1 / 3 * 3 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
