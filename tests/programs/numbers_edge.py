"""Integer and float edge cases."""
import math
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation

big = 2 ** 200 + 12345
print(big, big.bit_length(), len(str(big)), big % 97, -big // 7, divmod(-big, 10**30))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (0, 5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5)], round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(int.bit_length(255), (-1).bit_length(), (0).bit_length(), (2**64).bit_count() if hasattr(int, "bit_count") else 1)
print((1024).to_bytes(4, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(pow(3, 200, 1000), pow(3, -1, 7), pow(2, -2), pow(-8, 1 / 3) if False else "skip", pow(10, 20), 2 ** -1)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(0.1 + 0.2, 1e16, 1e16 + 1, -0.0, float("inf"), -float("inf"), float("nan"), 1e308 * 10)
print(repr(0.1 + 0.2), 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1 / 3, 2 / 3, 100 / 3)
print(float.hex(1.0), (0.1).hex(), float.fromhex("0x1.8p1"), (3.75).as_integer_ratio(), (0.5).is_integer())
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), int(-2.7), int("  -42 "), int("ff", 16), int("0b101", 0), int("1_000"))
print(math.gcd(48, 180), math.lcm(4, 6), math.factorial(25), math.comb(52, 5), math.perm(5, 2), math.isqrt(10**20 + 1))
print(math.sqrt(2), math.pi, math.e, math.log(1000, 10), math.log2(1024), math.log10(0.001), math.exp(1))
print(math.inf > 10**400, math.nan == math.nan, math.isnan(float("nan")), math.copysign(1, -0.0), math.fsum([0.1] * 10), sum([0.1] * 10))
print(10**400 > 1e308, 2**53 + 1 == float(2**53 + 1), float(2**53 + 1), int(1e20), int(float("1e300")) % 1000)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    int("12x")
except ValueError as e:
    print("ValueError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)

f = Fraction(3, 4)
g = Fraction("2/3")
print(f + g, f - g, f * g, f / g, f ** 2, -f, abs(-f), f // g, f % g, float(f), Fraction(0.1), Fraction(0.1).limit_denominator(100))
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(5, 10), Fraction(-6, 4), repr(Fraction(7, 1)), Fraction("1.25"), round(Fraction(7, 2)), round(Fraction(5, 2)))
print(sorted([Fraction(1, 3), 0.3, 1, Fraction(1, 4)]), Fraction(1, 3).numerator, Fraction(1, 3).denominator)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("3"))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("-7.5").quantize(Decimal("1"), rounding=ROUND_DOWN))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
print(Decimal(1) / Decimal(7), getcontext().prec, Decimal("1e3"), Decimal("1.000").normalize(), Decimal("-0"), Decimal("NaN"), Decimal("Infinity"))
print(repr(Decimal("3.14")), Decimal("3.14") < Decimal("3.15"), Decimal(5) == 5, Decimal("0.5") == 0.5, sum([Decimal("0.1")] * 10))
print(Decimal("12.345").as_tuple(), Decimal(10) ** 20, Decimal("2").sqrt(), int(Decimal("9.99")), float(Decimal("1.5")))
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__name__)
print(hash(1) == hash(1.0) == hash(Fraction(1)) == hash(Decimal(1)), 7 .__index__(), (5).conjugate(), True + True, -True)
print(abs(-5), abs(-5.5), abs(3 + 4j), complex("1+2j"), (1 + 2j) * (3 - 1j), (1j) ** 2, divmod(7.5, 2))
print(min(3, 1.0, Fraction(1, 2)), max("abc", "abd"), sum(range(101)), sum([[1], [2]], []), sum((0.5, 0.25), 10))
print(bin(-10), oct(64), hex(-255), int("-0x1f", 16), format(-10, "b"), 1_000_000 * 3, 0o17, 0b1010 ^ 0b0110, ~5, -5 >> 1, 1 << 70)
