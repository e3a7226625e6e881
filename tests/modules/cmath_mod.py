import cmath
vals = [0, 1, -1, 2.5, -0.5, 1j, -1j, 3+4j, -3+4j, 3-4j, -3-4j, 0.5+0.5j, 1e-300+1e-300j, 1e200+1e200j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-2, -0.0), complex(2, 0.0), 1+0j, 0.3-2j]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "sinh", "cosh", "tanh", "asin", "acos", "atan", "asinh", "acosh", "atanh"]
bad = 0
for n in names:
    f = getattr(cmath, n)
    for v in vals:
        try:
            r = f(v)
        except Exception as e:
            r = type(e).__name__ + " " + str(e)
        print(n, v, r)
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(3+4j), cmath.rect(2, cmath.pi/2), cmath.rect(1, 0), cmath.rect(float("inf"), 0))
print(cmath.log(8, 2), cmath.log(1j, 1+1j), cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, abs_tol=0.2), cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
for f in [lambda: cmath.sqrt('a'), lambda: cmath.sqrt(), lambda: cmath.log(0), lambda: cmath.log(2,1), lambda: cmath.exp(1000), lambda: cmath.atanh(1), lambda: cmath.isclose(1,2,rel_tol=-1), lambda: cmath.log(1,2,3), lambda: cmath.rect(1), lambda: cmath.sqrt(10**400), lambda: cmath.isclose(1,2,3), lambda: cmath.phase(None), lambda: cmath.cosh(1000)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
