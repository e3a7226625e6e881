from decimal import Decimal as D, Context, getcontext, localcontext, InvalidOperation, ExtendedContext, DivisionByZero
import decimal
vals = ["0", "-0", "1", "-1", "7.50", "2", "-2.5", "1E+3", "123.456", "0.001", "1E-999999", "9.999999999999999999999999999", "Infinity", "-Infinity", "NaN", "-NaN", "sNaN", "-sNaN123", "NaN45", "1010", "1101", "0.000E-5", "12345678901234567890123456789012"]
ctx = ExtendedContext.copy()
for a in vals:
    x = D(a)
    print(a, x.number_class(), x.is_subnormal(), x.radix(), x.canonical(), x.is_canonical(), x.logb(context=ctx),
          x.next_plus(ctx), x.next_minus(ctx), x.next_toward(1, ctx), x.logical_invert(context=ctx), x.same_quantum(D("1.00")))
    for b in ["1", "-0", "0.3", "3", "-2", "1E+2", "NaN", "Infinity", "11", "sNaN", "NaN7"]:
        y = D(b)
        r = []
        for name in ["remainder_near", "max_mag", "min_mag", "compare_total", "compare_total_mag", "logical_and", "logical_or", "logical_xor", "shift", "rotate", "compare_signal", "same_quantum"]:
            try:
                r.append(str(getattr(x, name)(y, context=ctx) if name not in ("compare_total", "compare_total_mag", "same_quantum") else getattr(x, name)(y)))
            except Exception as e:
                r.append(type(e).__name__)
        print("  ", b, " ".join(r))
print(D("1").next_plus(), D("-1").next_minus(), D("9.999999999999999999999999999").next_plus(), D("1E+999999").next_plus() if False else "")
c = getcontext()
print(c.next_plus(D("1")), c.remainder_near(D(10), 3), c.logical_and(1100, 1010), c.number_class(D("-Infinity")), c.compare_total(1, D("1.0")), c.copy_sign(D(1), D(-2)), c.is_signed(D("-0")), c.rotate(D(123456789), 3), c.shift(D(1), 2))
print(c.to_integral_exact(D("2.5")), c.to_integral(D("3.7")), c.copy_decimal(5), c.radix(), c.fma(2, 3, 4), c.max_mag(-5, 3), c.scaleb(D("1.5"), 3), c.is_normal(D("1")))
try:
    D("1").remainder_near(0)
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
try:
    D(12).logical_and(D(11))
except InvalidOperation as e:
    print("InvalidOperation")
try:
    D(0).logb()
except DivisionByZero as e:
    print("DivisionByZero")
print(sorted([D("NaN"), D("1"), D("-Infinity"), D("1.0"), D("-0"), D("0"), D("-NaN")], key=__import__("functools").cmp_to_key(lambda a, b: int(a.compare_total(b)))))
