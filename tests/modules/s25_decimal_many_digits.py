# A Decimal keeps every digit it is given: the int/str digit limit (4300) does not apply
# to its coefficient (CPython's decimal is C), in parsing, str/repr/format, as_tuple,
# arithmetic and the digit-wise logical operations.
import decimal
from decimal import Decimal

d = Decimal("1" * 5000)
print(len(str(d)), d.adjusted(), str(d + 1)[:30], str(d * 2)[:40], repr(d)[:30])
d2 = Decimal("9" * 10000 + "." + "1" * 3000)
print(len(str(d2)), d2.as_tuple().digits[:3], len(d2.as_tuple().digits), d2 > d, d2 == d2, hash(d2) == hash(d2))
print(Decimal("NaN" + "1" * 20), len(str(Decimal("1" * 4301 + "e-4301"))))
print(d.to_integral_value() == d, len(format(d, "f")), len(str(d.normalize())), int(d) % 97)
print(Decimal(7) ** 3, Decimal("-" + "1" * 6000).copy_abs().number_class())
c = decimal.Context(prec=6000)
print(len(str(c.sqrt(Decimal(2)))), str(c.add(d, d))[:10])
print(len(str(c.logical_and(Decimal("1" * 5000), Decimal("1" * 5000)))))
print(len(str(c.logical_invert(Decimal("1" * 4999 + "0")))), str(c.shift(d, 3))[-5:])
try:
    int("1" * 5000)
except ValueError as e:
    print("int() still limited:", str(e)[:40])
