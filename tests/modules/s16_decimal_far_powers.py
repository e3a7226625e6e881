# Decimal powers and exp() far outside the exponent range: CPython signals Overflow or
# rounds to zero at once; these used to compute millions of digits (a hang). Exact
# powers of ten to negative powers stay exact.
from decimal import Decimal as D, localcontext, Overflow, ROUND_UP
cases = ["D(10) ** 2**40", "D(2) ** D('1e10')", "D('1.0001') ** 10**12", "D(10**20).exp()", "D('1e10').exp()", "D('-1e10').exp()", "D('1e-10') ** 10**15",
         "D(10) ** -2**40", "D('-2302670').exp()", "D('-2302600').exp()", "D('-2302585.5').exp()", "D('-2302647').exp()", "D('2302585').exp()", "D('2302586').exp()",
         "D(10) ** -1000010", "D(10) ** -200", "D('0.1') ** 500", "D(100) ** -150", "D(-10) ** -201", "D('1.0') ** -300", "D('10.0') ** -300", "D(10) ** -1000030",
         "D(5) ** -300", "D(10) ** -64", "D(10) ** -63", "D(10) ** 200", "D(2) ** 400", "D(3) ** D('0.5')", "D(2).exp()", "D(-2).exp()", "D('1e-999999') / 3"]
for c in cases:
    try:
        r = repr(eval(c))
    except Overflow as e:
        r = f"Overflow {e}"
    print(c, "->", r)
with localcontext() as ctx:
    ctx.traps[Overflow] = False
    print(D('1e10').exp(), D(10) ** 2**40, ctx.flags[Overflow])
    ctx.rounding = ROUND_UP
    print(D('-1e10').exp(), D(10) ** -2**40)
