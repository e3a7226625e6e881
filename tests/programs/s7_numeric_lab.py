"""Numeric exercises: complex numbers, big ints, float formatting, math/statistics/fractions helpers."""
import math
import cmath
import statistics as st
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, InvalidOperation, DivisionByZero


def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    root = cmath.sqrt(disc) if disc < 0 else math.sqrt(disc)
    return (-b + root) / (2 * a), (-b - root) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 0), (1, 0, 1)]:
    print(coeffs, quadratic(*coeffs))

z = complex(3, -4)
print(z, abs(z), z.conjugate(), z * 1j, z / (1 + 1j), z ** 2, -z, z.real, z.imag, complex("1+2j"))
print(cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0), cmath.exp(1j * math.pi), 1j ** 2, (0j) ** 0)
print(repr(complex(0, 0)), repr(complex(-0.0, 1)), complex(1e300, 1e300) * 10, complex("inf-nanj"), 2 + 3j == complex(2, 3))
try:
    z < 1
except TypeError as e:
    print(e)
try:
    complex("abc")
except ValueError as e:
    print(e)

fact = math.factorial(50)
print(fact, len(str(fact)), fact.bit_length(), fact % 1_000_000_007, str(fact).count("0"))
print(2 ** 200, -(2 ** 100) // 3, (-(2 ** 100)) % 7, divmod(-17, 5), divmod(17, -5), divmod(-7.5, 2))
print(pow(3, 1000, 10 ** 9 + 7), pow(7, -1, 13), pow(2, 0.5), pow(-8, 1 / 3), (-8) ** 2, 10 ** -3)
print(int("1_000_000"), int("ff", 16), int("0b1011", 0), int("  -42  "), int("z", 36), int(3.99), int(-3.99))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(2, "big", signed=True))
print((1023).bit_count(), (12).as_integer_ratio(), (0.75).as_integer_ratio(), (2.5).is_integer(), math.isqrt(10 ** 20 + 1))
print(math.gcd(0, 0), math.gcd(12, -18, 30), math.lcm(4, 6, 10), math.comb(50, 25), math.perm(10, 3), math.prod([1.5, 2, 4]))
for x in [0.1 + 0.2, 1 / 3, 1e16, 1e-5, 123456789.123456789, 2.5, 3.5, -0.0, float("inf"), float("nan"), 1e22, 5e-324]:
    print(repr(x), str(x), f"{x:.3f}", f"{x:e}", f"{x:g}", round(x) if math.isfinite(x) else "-", round(x, 2))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.copysign(3, -0.0))
print(math.hypot(3, 4, 12), math.dist((0, 0), (1, 1)), math.fsum([0.1] * 10), sum([0.1] * 10), math.log(8, 2), math.log10(1e-3), math.log2(1024))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-12, abs_tol=1e-9), math.degrees(math.pi), math.radians(180), math.atan2(-1, -1))
for f in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: 1 / 0,
          lambda: 10 ** 400 * 1.0, lambda: math.exp(1000), lambda: int("12a"), lambda: int(float("nan")), lambda: 0 ** -1, lambda: 5 % 0]:
    try:
        print(f())
    except (ValueError, ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), round(st.stdev(data), 6), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.fmean([1, 2, 3, 4]), st.multimode("aabbbcccc"), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.quantiles(range(1, 11), n=4), st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)

f = Fraction(3, 4)
print(f + Fraction("1/6"), f * 2, f / 3, f ** 2, f ** -1, Fraction(0.1), Fraction("0.1"), Fraction(1.5).limit_denominator(), float(f))
print(Fraction(math.pi).limit_denominator(1000), Fraction(-7, 3).__floor__(), round(Fraction(7, 2)), round(Fraction(5, 2)), f.numerator, f.denominator, f == 0.75, f < 1)
getcontext().prec = 30
print(Decimal(1) / Decimal(7), Decimal("1.10") + Decimal("2.205"), Decimal("0.1") * 3, Decimal(0.1))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(2).sqrt(), Decimal("123456789") + 0, Decimal(10) ** -3)
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("-0"), Decimal("1e3").normalize(), Decimal("100").normalize(), Decimal("2.50").as_tuple())
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / Decimal(0), lambda: Decimal("1.5") + 1.5]:
    try:
        bad()
    except (InvalidOperation, DivisionByZero, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([Fraction(1, 3), 0.3, Decimal("0.35"), 1]), max(1, 1.0), min(1.0, 1), 1 == 1.0 == Fraction(1) == Decimal(1))
print(hash(1.5) == hash(Fraction(3, 2)), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(float("inf")))
