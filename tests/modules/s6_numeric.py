import math, statistics, fractions, decimal
from fractions import Fraction
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.1, 5.0]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.stdev(data), statistics.pstdev(data))
print(statistics.variance(data), statistics.pvariance(data), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]))
print(statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 10, 100]), statistics.fmean([1, 2, 3, 4]))
print(statistics.quantiles(range(1, 101), n=4), statistics.quantiles([1, 2, 3, 4, 5], n=10, method="inclusive"))
print(statistics.multimode("aabbbccccdddd"), statistics.median_grouped([1, 2, 2, 3, 4]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.mean([Decimal("1.1"), Decimal("2.2")]), statistics.mean([1, 2, 3, 4]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.covariance([1, 2, 3], [1, 3, 2]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.95), nd.pdf(100), nd.mean, nd.stdev, nd.overlap(statistics.NormalDist(110, 10)))
print(statistics.NormalDist.from_samples([1, 2, 3, 4, 5]), nd + 5, nd * 2, nd.zscore(130))
for bad in [lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.median([]), lambda: statistics.mode([]),
            lambda: statistics.harmonic_mean([-1]), lambda: statistics.geometric_mean([0, 1]), lambda: statistics.quantiles([1], n=4),
            lambda: statistics.variance(["a", "b"]), lambda: statistics.correlation([1, 1], [1, 2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# fractions
f = Fraction(3, 4)
print(f, repr(f), f + Fraction(1, 6), f * 2, f / 3, f ** 2, f ** -1, -f, abs(-f), f // Fraction(1, 5), f % Fraction(1, 5))
print(Fraction("2/6"), Fraction("1.25"), Fraction(0.1), Fraction(Decimal("0.75")), Fraction(" -3/9 "), Fraction("1e-3"))
print(Fraction(0.1).limit_denominator(100), Fraction(math.pi).limit_denominator(1000), Fraction(7, 3).as_integer_ratio())
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3), float(Fraction(1, 3)))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, sorted([Fraction(1, 2), 0.25, 1]), hash(Fraction(1, 2)) == hash(0.5), Fraction(2, 1) == 2)
print(f"{Fraction(1, 3)}", Fraction(1, 2) + 0.5, 1 - Fraction(1, 3), Fraction(10, 4).numerator, Fraction(10, 4).denominator)
for bad in [lambda: Fraction(1, 0), lambda: Fraction("abc"), lambda: Fraction(1.5, 2), lambda: Fraction(float("inf")), lambda: Fraction(1) / 0]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

# decimal
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.30") * 2, Decimal(10) / Decimal(3), Decimal("7") // 2, Decimal("-7") % 3)
print(Decimal("3.14159").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), Decimal("2.5").quantize(Decimal("1")))
print(repr(Decimal("1.0")), Decimal("1e5"), Decimal("1E+5").normalize(), Decimal("100").normalize(), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"))
print(Decimal("123.456").as_tuple(), Decimal(5).sqrt(), Decimal("1.5").to_integral_value(), round(Decimal("2.567"), 2), round(Decimal("2.5")))
print(Decimal("10.5") > 10, Decimal("1.1") == 1.1, Decimal(1) == 1, sum([Decimal("0.1")] * 10), max(Decimal("1"), Decimal("1.0")))
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5'):,}", f"{Decimal('0.000012'):e}", format(Decimal("12.3"), ">10"), str(Decimal("1e-10")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0)
getcontext().prec = 50
print(Decimal(2).sqrt())
getcontext().prec = 28
print(Decimal("1.23456").quantize(Decimal("0.001"), rounding=ROUND_DOWN), Decimal("-1.5").copy_abs(), Decimal("5").is_signed(), Decimal("2").exp())
print(Decimal("100").ln(), Decimal("1000").log10(), Decimal(2) ** 10, Decimal("2") ** Decimal("0.5"), int(Decimal("9.99")), float(Decimal("1.5")))
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal(0) / 0, lambda: Decimal("1") + 1.5, lambda: Decimal(-1).sqrt(), lambda: int(Decimal("NaN")), lambda: Decimal([1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# math
print(math.gcd(12, 18, 24), math.lcm(4, 6), math.isqrt(10**20 + 1), math.comb(50, 25), math.perm(10, 3), math.factorial(25))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.copysign(1, -0.0), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-12, abs_tol=1e-9), math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.exp(1), math.expm1(1e-10), math.pow(2, 0.5))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, -1), math.sin(math.pi / 6), math.cosh(1), math.erf(0.5), math.gamma(5.5), math.lgamma(10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.inf, -math.inf, math.nan, math.tau, math.e, math.isfinite(1e308), math.isnan(float("nan")))
print(math.cbrt(27) if hasattr(math, "cbrt") else "-", math.exp2(3) if hasattr(math, "exp2") else "-", math.log(10**400), math.sqrt(10**300))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.comb(-1, 2),
            lambda: math.isqrt(-4), lambda: math.gcd(1.5), lambda: math.log("x"), lambda: math.pow(0, -1), lambda: math.acos(2), lambda: math.fsum([math.inf, -math.inf])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
