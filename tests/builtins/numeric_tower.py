from fractions import Fraction
from decimal import Decimal
vals = [1, 1.5, Fraction(3, 2), 2 + 0j, True]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(type(a + b).__name__)
        except TypeError:
            row.append("ERR")
    print(type(a).__name__, row)
print(1 == 1.0 == Fraction(1) == Decimal(1) == 1 + 0j == True)
print(Fraction(1, 2) == 0.5, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Fraction(1, 10) == 0.1)
print(Fraction(1, 3) < 0.34, 2 ** 0.5 < Fraction(3, 2), 10 ** 30 < 1e31, 10 ** 30 > 1e29, float(10 ** 30) == 10 ** 30)
print(int(Fraction(7, 2)), float(Fraction(1, 8)), complex(Fraction(1, 2)), Decimal(3) + 1, round(Fraction(3, 2)), round(Decimal("2.5")))
try:
    Decimal(1) + 1.5
except TypeError as e:
    print("TypeError", e)
try:
    Decimal(1) + Fraction(1)
except TypeError as e:
    print("TypeError", e)
print(max(1, 1.0), max(1.0, 1), min(Fraction(1, 2), 0.5), sorted([2, 1.5, Fraction(7, 4), True]))
print(hash(Fraction(5)) == hash(5), hash(Decimal("5.0")) == hash(5), pow(Fraction(2, 3), 2), pow(2, Fraction(1, 2)))
