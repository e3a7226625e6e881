"""Exact arithmetic: Fraction recipes and Decimal money with quantize and rounding modes."""
from fractions import Fraction
from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, localcontext, getcontext, InvalidOperation, DivisionByZero

recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction("1/8"), "eggs": Fraction(2)}
for scale in (Fraction(1, 2), Fraction(3), Fraction(5, 3)):
    scaled = {k: v * scale for k, v in recipe.items()}
    print(scale, {k: str(v) for k, v in scaled.items()})
total = sum(recipe.values())
print(total, float(total), total.numerator, total.denominator, repr(total), round(total, 2), round(total))
print(Fraction(0.1), Fraction("0.1"), Fraction(0.1).limit_denominator(100), Fraction("-3.75"), Fraction(6, -4))
print(Fraction(1, 3) + 1, 2 - Fraction(1, 2), Fraction(1, 3) * 0.5, Fraction(7, 2) // 1, Fraction(7, 2) % 1,
      Fraction(2, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), Fraction(-1, 2) ** -3, abs(Fraction(-5, 7)))
print(Fraction(1, 3) < 0.34, Fraction(1, 2) == 0.5, Fraction(3, 6) == Fraction(1, 2), hash(Fraction(1, 2)) == hash(0.5))
print(sorted([Fraction(2, 3), 0.5, Fraction(3, 5), 1]), max(Fraction(22, 7), 3.14), Fraction(5).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
for bad in [lambda: Fraction(1, 0), lambda: Fraction("1/0"), lambda: Fraction("abc"), lambda: Fraction(1.5, 2),
            lambda: Fraction(float("inf"))]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as exc:
        print(f"{type(exc).__name__}: {exc}")

# harmonic numbers and egyptian fractions
h = sum(Fraction(1, k) for k in range(1, 11))
print(h, f"{float(h):.6f}")
def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out
print([str(f) for f in egyptian(Fraction(7, 15))], [str(f) for f in egyptian(Fraction(5, 121))][:3])

CENT = Decimal("0.01")
prices = [Decimal("19.99"), Decimal("5.005"), Decimal("0.015"), Decimal("2.675"), Decimal("-1.005")]
for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR):
    print(f"{mode:<16}", [str(p.quantize(CENT, rounding=mode)) for p in prices])
subtotal = sum(prices)
tax = (subtotal * Decimal("0.0825")).quantize(CENT, ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, f"{subtotal + tax:>12,.2f}", -subtotal, abs(Decimal("-0.00")))
print(Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal("1.30") + Decimal("1.20"), Decimal("1.3") * Decimal("1.2"))
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, ctx.prec, getcontext().prec)
print(getcontext().prec, Decimal(0.1), Decimal("1e3"), Decimal("1E+3").normalize(), Decimal("100").normalize())
print(Decimal("3.14159").as_tuple(), Decimal("-0").is_signed(), Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100)
print(Decimal("10") // 3, Decimal("-10") // 3, Decimal("-10") % 3, divmod(Decimal("7.5"), 2), Decimal(5) ** 3)
print(int(Decimal("9.99")), float(Decimal("0.1")), round(Decimal("2.5")), round(Decimal("3.14159"), 3), Decimal(3) == 3)
print(sorted([Decimal("1.10"), Decimal("1.1"), Decimal("1.01")]), Decimal("1.10") == Decimal("1.1"), str(Decimal("1.10")))
split = Decimal("100.00") / 3
shares = [split.quantize(CENT, ROUND_DOWN)] * 3
shares[0] += Decimal("100.00") - sum(shares)
print(shares, sum(shares))
for bad in [lambda: Decimal("abc"), lambda: Decimal(1) / 0, lambda: Decimal("1.5") + 1.5, lambda: Decimal(-1).sqrt()]:
    try:
        print(bad())
    except (InvalidOperation, DivisionByZero, TypeError) as exc:
        print(type(exc).__name__, exc.__class__.__mro__[1].__name__)
