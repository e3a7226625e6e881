"""Printing computed floats: repr, str, round, f-strings with f/e/g/% and edge values."""
import math

values = [0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e16, 1e16 + 1, 2.5, 3.5, -2.5, 0.125, 1e-5, 123456.789,
          math.pi * 1e10, math.e ** 20, 1 / 7 * 1e-10, 2 ** 0.5, 9007199254740993.0, 5e-324,
          1.7976931348623157e308, -0.0, 100.0, 1e100, 0.5 ** 30]
for v in values:
    print(f"{v!r:>24} {str(v):>24} {v:.3f} {v:.2e} {v:.4g} {v:g} {round(v, 2)!r} {round(v)!r}")

print([round(x, 1) for x in (0.05, 0.15, 0.25, 0.35, 0.45, 1.25, 2.675)])
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5)], round(1234.5678, -2), round(-1234.5, -1))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1), round(123, 1), type(round(2.5)))
print(f"{0.000123456:%} {0.5:.0%} {1/3:.3%} {2:.1%} {-0.00001:.2%}")

amounts = [19.99, 5.01, 0.1, 1234.5, -3.333]
total = sum(amounts)
print(total, math.fsum(amounts), round(total, 2), f"{total:,.2f}")
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([0.1] * 10) == 1.0)

rows = [("pi", math.pi), ("tau", math.tau), ("e", math.e), ("phi", (1 + 5 ** 0.5) / 2),
        ("sqrt2", math.sqrt(2)), ("ln2", math.log(2)), ("big", 6.02214076e23), ("tiny", 1.602e-19)]
print(f"{'name':<6}|{'fixed':>14}|{'sci':>12}|{'general':>10}|{'repr':>22}")
for name, x in rows:
    print(f"{name:<6}|{x:>14.6f}|{x:>12.3e}|{x:>10.5g}|{x!r:>22}")

print(float("1e500"), float("-inf"), float("nan"), float(" 1_000.5 "), float("0x1p-2".replace("0x1p-2", "0.25")))
print(math.inf - math.inf, math.inf * 0, -math.inf, abs(-math.nan))
print(f"{math.inf:.2f} {-math.inf:e} {math.nan:g} {math.inf:%} {math.nan:>6}")
print(float.fromhex("0x1.8p1"), (0.1).hex(), (3.0).hex(), (-0.0).hex(), float.fromhex("-0x1p-1074"))
print((0.1).as_integer_ratio(), (2.5).as_integer_ratio(), (-0.75).is_integer(), (3.0).is_integer())
print(int(1e20), int(-1.5e10), int(2 ** 53 + 1.0), 1e20 == 10 ** 20, 1e23 == 10 ** 23)
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, divmod(7.5, 2), math.fmod(-7.5, 2), 2 ** -1, (-8) ** (1 / 3))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 0.1 * 3, 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2), math.copysign(3, -0.0))
print(max(0.0, -0.0), min(-0.0, 0.0), sorted([3.0, -1, 2.5, True, 0]), sum([1, 2.5, True]))
print(f"{1e21:f}", f"{1.5e-7:f}", f"{123.456:10.0f}|", f"{-1e-10:.3f}", f"{9.9999:.3f}", f"{0.95:.1f}")
print(f"{12345.6789:e}", f"{12345.6789:E}", f"{0.0:e}", f"{1e-100:.1e}", f"{99999.5:.5g}", f"{1e16:g}")
print("%.3f %5.1f %e %g %G %10.4e %-10.2f|" % (1 / 3, 2.25, 1e-3, 1e-5, 1e20, math.pi, -1.005))
print(str(1.0), str(10.0 ** 15), str(10.0 ** 16), str(1.5e-4), str(1.5e-5), repr(123456789012345678.0))
for bad in ["1.2.3", "", "abc", "1e", "infinite", "- 1"]:
    try:
        float(bad)
    except ValueError as exc:
        print("ValueError:", exc)
for bad in [lambda: 1 / 0.0, lambda: 1.0 // 0, lambda: 5 % 0.0, lambda: math.sqrt(-1), lambda: math.log(0),
            lambda: 10.0 ** 400, lambda: int(math.inf), lambda: int(math.nan), lambda: round(math.inf),
            lambda: math.exp(1000), lambda: (-8) ** 0.5 if False else 0.0 ** -1]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, OverflowError) as exc:
        print(f"{type(exc).__name__}: {exc}")
