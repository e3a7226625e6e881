import math
exprs = ['math.factorial(5.0)','math.factorial(-1)','math.factorial(10**20)','math.comb(-1,2)','math.comb(5,-1)','math.perm(5,-1)','math.comb(5.0,2)','math.isqrt(-1)','math.gcd(1.5)','math.fsum([float("inf"),float("-inf")])','math.fsum([1e308,1e308])','math.prod([1,2],start=3)','math.prod()','math.lcm(4,6,0)','math.gcd()','math.factorial()','math.comb(10**20, 10**19)','math.perm(5, None)','math.log(0)','math.pow(0,-1)','math.sqrt()','math.pow(1)', 'math.isqrt(4.0)', 'math.fsum(1)', 'math.comb(1,2,3)', 'math.perm()', 'math.comb(3)', 'math.log(1,1)','math.log(10**400)', 'math.log2(2**2000)','math.log10(10**500)','math.floor("x")','math.trunc("x")','math.factorial(True)','math.perm(2**64,2)',
'math.factorial(30)', 'math.gcd(12, 18, -24)', 'math.lcm(4, 6, 10)', 'math.isqrt(10**40+1)', 'math.comb(50, 25)', 'math.comb(1000, 500) % 1000007', 'math.perm(10, 3)',
'math.sqrt(2)', 'math.sqrt(-1)', 'math.exp(1000)', 'math.exp(-1000)', 'math.log(-1)', 'math.log(8, 2)', 'math.log(100, 10)', 'math.log1p(-1)', 'math.atanh(1)', 'math.acosh(0.5)',
'math.sin(math.inf)', 'math.cosh(1000)', 'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(0.5)', 'math.gamma(5)', 'math.gamma(172)', 'math.lgamma(0)', 'math.lgamma(10)', 'math.lgamma(-0.5)', 'math.erf(0.5)', 'math.erfc(0.5)',
'math.floor(2.5)', 'math.floor(-2.5)', 'math.ceil(2.1)', 'math.floor(1e20)', 'math.ceil(float("nan"))', 'math.floor(float("inf"))', 'math.trunc(-3.7)', 'math.floor(10**30)', 'math.ceil(True)',
'math.fmod(7, 3)', 'math.fmod(-7, 3)', 'math.fmod(1, 0)', 'math.fmod(math.inf, 1)', 'math.fmod(1, math.inf)', 'math.remainder(7, 2)', 'math.remainder(5, 2)', 'math.remainder(-5, 2)', 'math.remainder(1, 0)', 'math.remainder(18, 4)', 'math.remainder(0.5, 1.0)',
'math.pow(2, 0.5)', 'math.pow(-8, 1/3)', 'math.pow(10, 400)', 'math.pow(float("nan"), 0)', 'math.pow(1, float("nan"))', 'math.pow(0, -math.inf)', 'math.pow(-2, 3)', 'math.pow(0.0, 0.0)',
'math.ldexp(1.5, 3)', 'math.ldexp(1, 2000)', 'math.ldexp(1, -1074)', 'math.ldexp(1, -1080)', 'math.ldexp(3, -1075)', 'math.ldexp(1.0, 1.0)', 'math.frexp(8.0)', 'math.frexp(0.0)', 'math.frexp(-1e-310)', 'math.modf(3.5)', 'math.modf(-3.5)', 'math.modf(math.inf)',
'math.isclose(1.0, 1.0 + 1e-10)', 'math.isclose(1, 1.1, rel_tol=0.2)', 'math.isclose(0, 1e-10)', 'math.isclose(0, 1e-10, abs_tol=1e-9)', 'math.isclose(1, 2, rel_tol=-1)', 'math.isclose(math.inf, math.inf)',
'math.isfinite(1e308)', 'math.isinf(-math.inf)', 'math.isnan(math.nan)', 'math.degrees(math.pi)', 'math.radians(180)', 'math.hypot(3, 4)', 'math.hypot(1, 2, 3)', 'math.hypot()', 'math.hypot(-5)', 'math.dist((0, 0), (3, 4))', 'math.dist((1, 2, 3), (4, 5, 6))', 'math.dist((1,), (1, 2))', 'math.dist([0], [1])',
'math.nextafter(1.0, 2.0)', 'math.nextafter(0.0, -1.0)', 'math.ulp(1.0)', 'math.ulp(0.0)', 'math.ulp(1e308)', 'math.ulp(-math.inf)',
'math.copysign(1, -0.0)', 'math.atan2(1, 1)', 'math.atan2(0.0, -0.0)', 'math.cbrt(27)', 'math.exp2(10)', 'math.expm1(1e-10)', 'math.log2(1024)', 'math.log10(0.001)', 'math.log(math.e)',
'math.sqrt("x")', 'math.sqrt(1, 2)', 'math.pi', 'math.e', 'math.tau', 'math.inf', 'math.nan', 'math.log(2**1024)', 'math.log(10**1000, 10)', 'math.sqrt(10**400)', 'math.floor(-0.5)', 'math.trunc(2**70+0.0)',
'math.fsum([1, 2.5, 3])', 'math.fsum(iter([1e16, 1.0, 1e-16]))', 'math.fsum([])', 'math.fsum([-0.0])', 'math.fsum([1.0, float("nan")])', 'math.fsum([math.inf, 1])',
]
for e in exprs:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as x:
        print(e, '->', type(x).__name__, x)
class F:
    def __float__(self): return 2.0
class I:
    def __index__(self): return 7
class Fl:
    def __floor__(self): return 'floor!'
    def __ceil__(self): return 'ceil!'
    def __trunc__(self): return 'trunc!'
print(math.sqrt(F()), math.factorial(I()), math.floor(Fl()), math.ceil(Fl()), math.trunc(Fl()), math.gcd(I(), 14))

vals = [0.5, 1.5, 2.5, 3.3, 4.9, 5.0, 5.1, 7.7, 10, 10.5, 23.5, 24, 30.2, 100.7, 141.5, 170.5, 171.7, -0.5, -1.5, -2.3, -10.1, -150.5, -201.5, 1e-21, -1e-21, 0.001, 1e-5, 2.0000001, 0.9999]
for v in vals:
    for f in (math.gamma, math.lgamma):
        try: print(f.__name__, v, repr(f(v)))
        except Exception as e: print(f.__name__, v, type(e).__name__, e)
print(math.factorial(100) % 1000000007, len(str(math.factorial(500))), math.comb(100, 50), math.perm(20, 10))
print(math.isqrt(2**200), math.gcd(2**100, 6**50), math.lcm(2**64, 3**40))
print(math.log(2**3000, 2), math.log10(10**300 * 7), math.log1p(1e-20), math.fsum([1e-16] * 10 + [1.0]))
print(math.floor(-1e300) == -10**300 or type(math.floor(-1e300)).__name__)
print([math.remainder(x, 3) for x in range(-6, 7)])
print([math.fmod(x, -2.5) for x in (-7, -2.5, 0.0, 3, 7.5)])
print(math.nextafter(math.inf, 0), math.nextafter(-0.0, 1), math.ulp(5e-324), math.ulp(2**52))
