import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10 ** 30), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.expm1(1e-10))
print(math.sin(0), math.cos(math.pi), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5), math.degrees(math.pi), math.radians(180))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.factorial(20), math.factorial(0), math.gcd(12, 18), math.gcd(0, 0), math.gcd(12, 18, 27), math.lcm(4, 6), math.lcm(), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.comb(5, 7))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.prod([0.5, 4]))
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.remainder(7, 2), math.remainder(5, 2), math.dist((0, 0), (3, 4)))
print(math.pow(2, 0.5), math.pow(2, 3), math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10), math.gamma(0.5) ** 2)
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27) if hasattr(math, "cbrt") else 3.0, math.exp2(3) if hasattr(math, "exp2") else 8.0)
print(math.floor(10 ** 20 + 0.5), type(math.floor(2.5)).__name__, math.ceil(1e20), math.sqrt(1e-300))
for f, args in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)), (math.exp, (1000,)), (math.factorial, (-1,)),
                (math.factorial, (2.5,)), (math.pow, (0, -1)), (math.fmod, (1, 0)), (math.ldexp, (1.0, 100000)), (math.gamma, (0,)),
                (math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.log, (1, 1)), (math.cosh, (1000,)), (math.atanh, (1,)), (math.sqrt, ("x",)), (math.floor, (math.inf,)), (math.floor, (math.nan,))]:
    try:
        print(f.__name__, args, f(*args))
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        print(f.__name__, args, type(e).__name__, e)
print(math.sqrt(math.inf), math.exp(-math.inf), math.sin(0.0) == 0, math.copysign(1, math.nan) in (1, -1))
print(round(math.sin(1), 12), round(math.cos(1), 12), math.tan(0.5), math.log(10), math.log(2), math.exp(2.5))
print([round(math.sin(i / 10), 15) for i in range(5)])
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e16 + 0.5), math.gcd(-4, 6), math.fabs(-0.0))
