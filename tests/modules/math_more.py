import math
for x in [0.0, 0.5, 1.0, 2.0, 10.0, 1e-10, 123.456]:
    print(x, math.sqrt(x), math.exp(x) if x < 100 else 0, math.log1p(x), math.sin(x), math.cos(x), math.atan(x), math.floor(x), math.ceil(x))
print([math.factorial(n) for n in range(15)])
print([math.comb(10, k) for k in range(11)], math.comb(100, 50), math.perm(10, 3))
print(math.gcd(*[2 ** 5 * 3, 2 ** 3 * 3 ** 2 * 5]), math.lcm(2, 3, 4, 5, 6), math.isqrt(2 ** 100 - 1), math.isqrt(0))
print(math.hypot(), math.hypot(-3), math.dist([1, 2, 3], [4, 6, 8]), math.prod(range(1, 11)), math.fsum([0.1] * 100))
print(math.log(2 ** 1000), math.log(10 ** 400, 10), math.log2(2 ** 1023), math.log10(10 ** 500))
print(math.trunc(3.9), math.trunc(-3.9), math.floor(-0.0), math.copysign(0.0, -1), math.fabs(-7), math.ldexp(3, -2), math.frexp(0.0))
print(math.isclose(1e-9, 0), math.isclose(math.sqrt(2) ** 2, 2), math.inf > 1e308, math.nan != math.nan, math.isnan(math.inf - math.inf))
print(math.degrees(1), math.radians(1), math.atan2(0, -1), math.atan2(-0.0, -1), math.asin(0.5), math.acos(-1))
print(math.erf(0.5), math.gamma(4.5), math.lgamma(0.5), math.expm1(1), math.cosh(0), math.tanh(100))
