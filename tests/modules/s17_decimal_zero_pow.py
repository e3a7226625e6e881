# decimal: zero to a negative or non-integral power is exact (0 or Infinity) and signals
# no condition, so the default context's DivisionByZero trap does not fire.
from decimal import *
c = getcontext()
for a, b in [(0, -1), (Decimal('-0'), -1), (Decimal('-0'), -3), (Decimal('-0'), -2), (0, Decimal('-0.5')), (Decimal('0.0'), -3), (Decimal('-0.00'), Decimal('-1.5')), (0, 0), (0, 2), (Decimal('-0'), 3)]:
    c.clear_flags()
    try:
        r = Decimal(a) ** b
    except Exception as e:
        r = type(e).__name__
    print(a, b, r, [k.__name__ for k, v in c.flags.items() if v])
for a, b in [('0', '0.5'), ('-0', '0.5'), ('0.000', '2.5'), ('-0', '-0.5'), ('0E+5', '0.1'), ('0', '-1E+1')]:
    c.clear_flags(); r = Decimal(a) ** Decimal(b); print(a, b, repr(r), [k.__name__ for k, v in c.flags.items() if v])
