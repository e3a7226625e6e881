import random
import statistics as st
import math
from collections import Counter
from fractions import Fraction
from decimal import Decimal, getcontext, ROUND_HALF_UP, ROUND_DOWN, localcontext, InvalidOperation

rng = random.Random(2024)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
c = Counter(rolls)
for total in range(2, 13):
    bar = "#" * (c[total] // 5)
    print(f"{total:2d} {c[total]:4d} {bar}")
print(st.mean(rolls), st.median(rolls), st.mode(rolls), round(st.stdev(rolls), 6), round(st.pvariance(rolls), 6))
print(st.quantiles(rolls, n=4), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.multimode("aabbc"))
print(st.fmean([1.5, 2.5, 3.25]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([2, 3]))
print(st.mean([Fraction(1, 3), Fraction(2, 3), Fraction(1, 2)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 10), st.linear_regression([1, 2, 3], [2, 4, 7]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)

random.seed(42)
print(random.random(), random.uniform(1, 2), random.randrange(0, 100, 5), random.choice("abcdef"))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7])
print(random.sample(range(100), 5), random.choices("xyz", weights=[5, 1, 1], k=8))
print(round(random.gauss(0, 1), 12), round(random.normalvariate(10, 2), 12), round(random.expovariate(1.5), 12))
print(round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12), round(random.lognormvariate(0, 1), 12))
print(random.getrandbits(70), random.randbytes(6).hex(), random.randint(-10**30, 10**30))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r2 = random.Random("seed-string")
print(r2.random(), random.Random(b"bytes").randint(1, 10**6), random.Random(3.5).random())
print(random.Random(-7).random(), random.Random(2**100).random(), random.Random(0).choice([1, 2, 3]))

# Monte Carlo pi with seeded RNG
rng = random.Random(7)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000, math.isclose(4 * inside / 20000, math.pi, rel_tol=0.05))

# random walk
rng = random.Random(99)
pos, hist = 0, []
for _ in range(30):
    pos += rng.choice((-1, 1))
    hist.append(pos)
print(hist, min(hist), max(hist))

getcontext().prec = 28
print(Decimal(1) / Decimal(7), Decimal("0.1") + Decimal("0.2"), Decimal(0.1))
print(Decimal("19.995").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("19.995").quantize(Decimal("0.01")))
print(Decimal("2.675").quantize(Decimal("1.00"), ROUND_DOWN), Decimal("-7.5").to_integral_value(), round(Decimal("2.5")), round(Decimal("3.14159"), 3))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(2).sqrt(), Decimal(1) / 3, +Decimal("1.234567"))
print(Decimal("1e5"), Decimal("1E+5").normalize(), Decimal("100").normalize(), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"))
print(Decimal("3.50") * 2, Decimal(10) ** -2, Decimal("7") % 3, Decimal("-7") // 2, divmod(Decimal("7.5"), 2))
print(repr(Decimal("1.10")), str(Decimal("1.10")), f"{Decimal('1234.5678'):,.2f}", f"{Decimal('0.000012'):e}")
print(Decimal("1.1").as_tuple(), Decimal(5).compare(Decimal(3)), Decimal("2.50").is_signed(), Decimal("12.3").adjusted())
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation", e)
print(sum([Decimal("0.10")] * 10), Decimal("1") == 1, Decimal("0.5") < 1, float(Decimal("1.5")), int(Decimal("-3.9")))

f = Fraction(3, 4)
print(f + Fraction(1, 6), f * 2, f / 3, f ** 2, f ** -1, -f, abs(-f), f > 0.7)
print(Fraction("2/8"), Fraction("1.25"), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(Decimal("0.3")))
print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3), math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 3)))
print(f.numerator, f.denominator, f.as_integer_ratio(), float(f), int(Fraction(-7, 2)), f"{Fraction(1, 3)!s:>8}", repr(f))
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, hash(Fraction(1, 2)) == hash(0.5))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(math.comb(52, 5), math.perm(5, 2), math.factorial(20), math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.isqrt(10**20 + 1))
print(math.prod([1.5, 2, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4), math.trunc(-2.7), math.modf(3.25), math.frexp(10.0), math.ldexp(0.625, 4))
print(math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1) == math.e, math.degrees(math.pi), math.radians(180))
print(round(math.sin(math.pi / 6), 12), math.atan2(1, -1), math.inf > 10**400, math.isnan(math.nan), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(12345, -2), round(0.125, 2), round(2.675, 2), round(-1.5))
print(7 // 2, -7 // 2, 7 % -3, divmod(-7, 2), 2 ** -1, (-8) ** (1 / 3), pow(3, 4, 5), pow(3, -1, 7), 10 ** 20, 1e16, 1e15, 123456789012345678.0)
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e-5, 0.0001, 1.5e300 * 1e10, -1e-320, 5e-324, 1.7976931348623157e308, float("1_000.5"))
print(int("0b1010", 0), int("  42  "), int("-0o17", 0), int("ff", 16), int("z", 36), bin(-10), oct(64), hex(-255), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((2**64).bit_length(), (-1).bit_length(), (10).bit_count(), (3.75).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"), (5).real, (2+3j).conjugate(), abs(3+4j))
