for x in [1.0, 0.5, -0.1, 3.14159, 1e300, 5e-324, 0.0, -0.0, float("inf"), float("-inf"), 2.0 ** -1074, 1.7976931348623157e308, 123.456]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
print(float.hex(float("nan")))
for s in ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x.8p1", "0X1P-2", "  0x1p4  ", "inf", "-Infinity", "nan", "0x1.0000000000000001p0", "0x1p-1075", "0x1p-1074", "1", "0x10"]:
    print(s.strip(), float.fromhex(s))
for s in ["0x1p", "0xg", "", "0x1p99999"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(12345, -2), round(12355, -1), round(12345, -1), round(-12345, -2), round(15, -1), round(25, -1), round(5, -1), round(123, 0), round(123, 5))
print(round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-0.5), round(0.5), round(1.5), round(2.5), round(2.675, 2), round(0.125, 2))
print(round(1e300, -301), round(1e300, 2), round(123.456, -5), round(5e-324, 400), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(10 ** 30 + 5, -1), round(-(10 ** 30) - 5, -1), round(2 ** 70, -10))
for bad in [(float("inf"),), (float("nan"),)]:
    try:
        round(*bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 2))
big = 2 ** 1000
print(big > 1e300, big < float("inf"), big == float(big), big + 1 == float(big), -big < -1e300, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 == float("inf"), (10 ** 400) != float("nan"))
print(max(2 ** 64, 1.8e19), min(-(2 ** 64), -1.8e19), sorted([2 ** 63, 9.3e18, 9.2e18]))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
try:
    (10 ** 400) / 1
except OverflowError as e:
    print("OverflowError", e)
print((10 ** 400) // 10 ** 399, 10 ** 400 / 10 ** 399, 1 / 2 ** 2000, (2 ** 2000) / (2 ** 1999))
print((1.5).as_integer_ratio(), (-0.1).as_integer_ratio(), (0.0).as_integer_ratio(), (1e300).is_integer(), (1.5).is_integer())
for v in [float("inf"), float("nan")]:
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.0), 7.5 % -2, -0.0 % 1, 1e300 % 7, divmod(2 ** 100, 7.0))
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(1e100) == hash(int(1e100)), hash(0.5), hash(-1), hash(-1.0), hash(float("inf")))
