import decimal
from decimal import Decimal as D, getcontext, localcontext, Context, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP, InvalidOperation, DivisionByZero, Inexact, Rounded

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(D("1.10") + D("2.205"), D("1.1") * 3, D(10) / 3, D(1) / 7, D("-0"), D("1e10"), D("1E-7"), D("0.000001"), D("0.0000001"))
print(repr(D("3.14")), repr(D(3)), repr(D(0.1)), D(1.5), D(-2**70), D("Infinity"), D("-inf"), D("nan"), D("sNaN"), D("  12.5  "))
print(D("123.456").quantize(D("0.01")), D("2.5").quantize(D("1")), D("3.5").quantize(D(1)), D("-2.5").quantize(D(1), rounding=ROUND_HALF_UP))
for r in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP]:
    print(r, [str(D(x).quantize(D("0.1"), rounding=r)) for x in ["1.25", "1.35", "-1.25", "1.21", "-1.29", "1.05", "1.00"]])
print(D(2).sqrt(), D(16).sqrt(), D("0.25").sqrt(), D(2).ln(), D(1).exp(), D(100).log10(), D("1.5") ** 2, D(2) ** D("0.5"), D(2) ** -2)
print(D(7) // D(2), D(-7) // D(2), D(7) % D(3), D(-7) % D(3), divmod(D(7), D(-2)), D("5.5").__round__(), round(D("2.675"), 2), round(D("2.5")))
print(D("1.30").normalize(), D("100").normalize(), D("0E+5").normalize(), D("1.2300").as_tuple(), D("-1.5").as_integer_ratio(), D("12.5").to_integral_value())
print(D("1.5").is_signed(), D("-0").is_signed(), D("nan").is_nan(), D("inf").is_infinite(), D(0).is_zero(), D("1.50").adjusted(), D("123").adjusted())
print(int(D("7.9")), int(D("-7.9")), float(D("0.1")), D("3.000") == 3, D("0.5") == 0.5, D(1) < 2, D("1.0") == D("1.00"), hash(D("1.0")) == hash(1))
print(D("1.23").compare(D("1.230")), D(5).max(D(3)), D(5).min(3), abs(D("-4.2")), -D("4.2"), +D("4.20"), D("10").scaleb(3), D("1.234").copy_sign(D(-1)))
print(sum([D("0.1")] * 10), D("0.1") + 1, 1 + D("0.1"), D("2") * 0.5 if False else D(2) * 5, D("9.99").fma(2, 1))
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.3f}", f"{D('0.00012'):.2e}", f"{D('42'):>8}", f"{D('1.5'):%}", format(D("3.14159"), ".3"))
ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals, ctx.clamp)
print(repr(Context(prec=5)) if False else "ctx")
with localcontext() as c:
    c.prec = 5
    print(D(1) / 7, D(2).sqrt(), D("123456789") + 0, +D("1.234567"))
    c.rounding = ROUND_DOWN
    print(D(2) / 3, D("-2") / 3)
with localcontext(prec=3):
    print(D(10) / 3)
print(D(1) / 7)
c = Context(prec=4, rounding=ROUND_HALF_UP)
print(c.divide(D(10), 3), c.add(D("1.2345"), 0), c.sqrt(D(10)), c.create_decimal("3.14159"), c.power(2, 10))
print(D("3.14159").quantize(D("0.001"), context=c), D(1).__class__.__name__, decimal.Decimal.__module__)
show("div0", lambda: D(1) / 0)
show("0/0", lambda: D(0) / 0)
show("bad str", lambda: D("abc"))
show("bad type", lambda: D([1]))
show("sqrt neg", lambda: D(-1).sqrt())
show("quantize big", lambda: D("1e30").quantize(D("0.01")))
show("float op", lambda: D(1) + 1.5)
show("cmp float", lambda: D(1) < 1.5)
show("int nan", lambda: int(D("nan")))
show("int inf", lambda: int(D("inf")))
show("mod0", lambda: D(5) % 0)
show("floordiv0", lambda: D(5) // 0)
show("ln0", lambda: D(0).ln())
show("tuple", lambda: D((0, (1, 4, 1), -2)))
show("tuple bad", lambda: D((0, (1, 11), -2)))
show("snan cmp", lambda: D("snan") == 1)
show("nan lt", lambda: D("nan") < 1)
show("hash snan", lambda: hash(D("snan")))
show("prec 0", lambda: Context(prec=0))
show("setprec", lambda: setattr(getcontext(), "prec", -1))
show("from_float", lambda: D.from_float(0.25))
show("traps", lambda: getcontext().traps[DivisionByZero])
c2 = Context(traps=[])
print(c2.divide(D(1), 0), c2.flags[DivisionByZero], c2.sqrt(D(-1)), c2.flags[InvalidOperation])
c3 = Context(prec=3)
c3.traps[Inexact] = True
show("inexact", lambda: c3.divide(D(1), 3))
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError), decimal.DecimalException.__mro__[1].__name__)
print(D("1.1").__repr__(), str(D("1E+2")), str(D("100E-2")), str(D("-0.00")), D("1e-10").to_eng_string(), D("123E+5").to_eng_string(), D("0.1234567890123456789012345678901"))
print(D(10) ** 30, D("1e100") * D("1e100"), D(2) ** 200, D("1.00") * D("2.000"), D("12.30") - D("0.3"))
print(sorted([D("1.5"), D(1), D("-0.5"), D("1.25")]), max(D(1), 2), D("5").sqrt() * D("5").sqrt())
