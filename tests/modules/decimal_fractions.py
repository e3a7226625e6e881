from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation, DivisionByZero
from fractions import Fraction
print(Decimal("0.1") + Decimal("0.2"), Decimal(1) / Decimal(7), Decimal("1.10") * 3, Decimal("10") / 4, Decimal("-7") // 2, Decimal("-7") % 2)
print(Decimal(0.1), Decimal("1e3"), Decimal("1E-3"), Decimal(10) ** 20, Decimal("2").sqrt(), Decimal("123.456").quantize(Decimal("0.01")), Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_UP))
print(repr(Decimal("3.14")), str(Decimal("-0")), Decimal("1.000").normalize(), Decimal("NaN"), Decimal("-Infinity"), Decimal("1.23").as_tuple(), Decimal(5).is_zero(), Decimal("12.5").to_integral_value())
print(Decimal("1.5") < 2, Decimal("1.5") == 1.5, Decimal(1) == 1, hash(Decimal(2)) == hash(2), float(Decimal("1.5")), int(Decimal("-3.9")), round(Decimal("2.675"), 2), round(Decimal("2.5")))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), Decimal("123456789") + 0)
    ctx.rounding = ROUND_DOWN
    print(Decimal(2) / 3)
print(getcontext().prec, Decimal(2) / 3)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation")
print(f"{Decimal('1234.5678'):.2f}", f"{Decimal('1234.5'):,}", format(Decimal("0.000012"), "e"), sum([Decimal("0.1")] * 10))
f = Fraction(3, 4)
print(f, repr(f), f + Fraction(1, 4), f * 2, f / 3, f - 1, -f, abs(-f), f ** 2, f ** -1, f.numerator, f.denominator, Fraction(6, 8), Fraction(-1, -2))
print(Fraction("0.25"), Fraction("3/7"), Fraction(0.5), Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(Decimal("1.1")), Fraction(5))
print(f < 1, f == 0.75, float(f), int(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(7, 3), 2), hash(Fraction(1, 2)) == hash(0.5), f.as_integer_ratio())
print(sum(Fraction(1, n) for n in range(1, 11)), Fraction(1, 3) + 1.0, type(Fraction(1, 3) + 1).__name__, Fraction(2, 3) // Fraction(1, 4), Fraction(2, 3) % Fraction(1, 4))
try:
    Fraction("x/y")
except ValueError as e:
    print("ValueError", e)
import numbers
print(isinstance(f, numbers.Rational), isinstance(1.5, numbers.Real), isinstance(1, numbers.Integral), isinstance(Decimal(1), numbers.Number), isinstance(1j, numbers.Complex))
