# decimal corners a differential sweep turned up: the order of flags in a Context's
# repr (CPython's condition order: InvalidOperation sits where its first condition
# does), clamping, overflow under every rounding mode, subnormal/underflow signals,
# a negative base to a huge integral power written with an exponent, ln of 1.00, and
# remainder_near of 0 by 0.
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, InvalidOperation,
                     DivisionByZero, Overflow, Inexact, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_UP, ROUND_05UP, ROUND_HALF_EVEN,
                     ExtendedContext, BasicContext)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{label:<28}{r}")


c = getcontext()
c.traps[InvalidOperation] = False
c.traps[DivisionByZero] = False
print(c)
show("1/3", lambda: Decimal(1) / 3)
print(c)
show("sqrt(-1)", lambda: Decimal(-1).sqrt())
show("1/0", lambda: Decimal(1) / 0)
print(c)
show("syntax", lambda: Decimal("1.2.3"))
print(c)
c.clear_flags()
show("0/0", lambda: Decimal(0) / 0)
show("1/0 again", lambda: Decimal(1) / 0)
print(c)
c.clear_flags()
c.flags[InvalidOperation] = True
show("flag set by hand", lambda: Decimal(2) / 0)
print(c)
c.clear_flags()
show("remainder_near(0, 0)", lambda: Decimal(0).remainder_near(0))
show("remainder_near(1, 0)", lambda: Decimal(1).remainder_near(0))
show("0 % 0", lambda: Decimal(0) % 0)
print(c)
c.clear_flags()

show("(-2) ** 1E+3", lambda: Decimal(-2) ** Decimal("1E+3"))
show("(-2) ** 101", lambda: Decimal(-2) ** Decimal("101"))
show("(-3) ** 1001", lambda: Decimal(-3) ** 1001)
show("(-1.5) ** 333", lambda: Decimal("-1.5") ** 333)
show("(-1.5) ** -333", lambda: Decimal("-1.5") ** -333)
show("(-7) ** 2.0E+3", lambda: Decimal(-7) ** Decimal("2.0E+3"))
show("(-2) ** 0.5", lambda: Decimal(-2) ** Decimal("0.5"))
for one in ["1", "1.0", "1.000", "10E-1"]:
    show(f"ln({one})", lambda: Decimal(one).ln())
show("log10(10.0)", lambda: Decimal("10.0").log10())
c.clear_flags()

rounding_modes = [ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN,
                  ROUND_UP, ROUND_05UP, ROUND_HALF_EVEN]
for r in rounding_modes:
    for clamp in (0, 1):
        ctx = Context(prec=3, Emax=5, Emin=-5, clamp=clamp, rounding=r, traps=[])
        row = []
        for v in ["999999", "-999999", "1E+5", "12E+4", "9.995E+5", "1.234e-6", "-1.5e-8", "0E+10", "1.23456e-5"]:
            row.append(str(ctx.create_decimal(v)))
        print(r, clamp, " ".join(row))
        print("   ", ctx)

with localcontext(Context(prec=5, Emin=-10, Emax=10, traps=[])) as lc:
    x = Decimal("1.2345E-10")
    print(x / 1000, lc.flags[Inexact], lc)
    lc.clear_flags()
    print(Decimal("5E+9") * 100, lc)

setcontext(ExtendedContext)
print(getcontext())
print(Decimal(1) / 0, Decimal(0) / 0, Decimal(-1).sqrt())
print(getcontext())
setcontext(BasicContext)
print(getcontext())
try:
    Decimal(1) / 0
except DivisionByZero as e:
    print("DivisionByZero", e.args)
try:
    Decimal("1e999999999") * 10
except Overflow as e:
    print("Overflow", e.args)
