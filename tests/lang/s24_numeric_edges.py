# int/float edge cases: huge ints, negative zero, inf/nan, round, divmod signs,
# float formatting and conversions.
import math
import sys

big = 3**200
print(big % 10**9, big.bit_length(), len(str(big)), -big // 7 % 1000)
print(divmod(-big, 10**30)[1] == (-big) % 10**30, (big >> 300), (-big) >> 310)
print((2**100).to_bytes(13, "big").hex(), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(int("-0x_ff", 0), int("0b1_0", 0), int("  42  "), int("١٢٣"), int("z", 36))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, -2.5), (0, 5), (-0.0, 1)]:
    print(a, b, divmod(a, b), a // b, a % b)
print(math.fmod(-7, 3), math.remainder(7, 3), (-7) % 3)

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e300, -0.0]:
    print(x, round(x), round(x, 1), round(x, -1) if abs(x) < 1e10 else "", math.floor(x) if abs(x) < 1e10 else "")
print(round(1234567, -3), round(-1250, -2), round(1350, -2), round(5, 0), type(round(5.0)), type(round(5.0, 0)))

nz = -0.0
print(nz, repr(nz), str(nz), nz == 0.0, math.copysign(1, nz), f"{nz:.1f}", f"{nz:+}", -nz, abs(nz))
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, math.atan2(0.0, -0.0), divmod(-0.0, 1.0))
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(inf), inf - inf, inf * 0, nan == nan, nan != nan, nan is nan)
print(float("-Infinity"), float(" nan "), float("1_000.5"), float("1e-400"), float("1e400"))
print(math.isinf(1e308 * 10), math.isnan(inf - inf), inf > big, -inf < -big, 1e308 < big)
print(sorted([3, nan, 1, 2])[0:1] and "sorted-ok", max(1, inf), min(-inf, 0))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
try:
    float(2**1100)
except OverflowError as e:
    print("OverflowError", e)
print(2**1100 / 2**1000, (2**1100) // (2**1098), 10**400 // 10**399)
try:
    print(2**1100 / 3)
except OverflowError as e:
    print("OverflowError", e)

for f in [1.0, 0.1, 1 / 3, 1e16, 1.5e-5, 123456789.0, 1e-5, 0.0001, 12345678901234567890.0]:
    print(repr(f), str(f), f"{f:g}", f"{f:.3e}", f"{f:.1%}", f"{f:G}", f.hex() if f < 1 else f.is_integer())
print(float.fromhex("0x1.8p1"), (0.1).as_integer_ratio(), (2.5).as_integer_ratio())
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig)
print(5e-324, 5e-324 / 2, 2.2250738585072014e-308, 1.7976931348623157e308)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(1.5), hash(-0.0), hash(inf))
print(True + True, True * 3.5, -True, ~True, True << 3, 7 // True, bool(-0.0), bool(nan))
print(pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(-2, 3), pow(2, -2), pow(-8, 1 / 3).real > 0)
print(int.__floordiv__(7, 2), (7).__rtruediv__(2), (5).conjugate(), (6).numerator, (2.5).real)
print(abs(-big) == big, -(-big) == big, big // -big, big % -big, (-big) ** 2 == big ** 2)
print(1_000_000, 0o17, 0b101, 0xDEAD_BEEF, 1e3, 1E-3, 1_0.5_0, .5, 5., 0.)
print(10 ** -2, 2 ** 0.5, (-8) ** (1 / 3) == complex((-8) ** (1 / 3)), 0 ** 0, 0.0 ** 0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0)]:
    for op in ["/", "//", "%"]:
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, e)
