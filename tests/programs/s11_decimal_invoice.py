"""Invoice generator with decimal rounding modes, currency formatting and tax tables."""
from decimal import (Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_UP, ROUND_05UP, ROUND_HALF_DOWN, localcontext, InvalidOperation, DivisionByZero, Inexact,
                     getcontext, Context)
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter

CENT = Decimal("0.01")
TAX = {"food": Decimal("0.07"), "books": Decimal("0"), "general": Decimal("0.19"), "luxury": Decimal("0.25")}


def money(d: Decimal, symbol="€") -> str:
    q = d.quantize(CENT, ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    whole, frac = f"{abs(q):.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{symbol}{'.'.join(groups)},{frac}"


@dataclass(frozen=True)
class Line:
    sku: str
    desc: str
    qty: Decimal
    unit: Decimal
    cat: str
    discount: Decimal = Decimal(0)

    @property
    def net(self):
        return (self.qty * self.unit * (1 - self.discount)).quantize(CENT, ROUND_HALF_EVEN)

    @property
    def tax(self):
        return (self.net * TAX[self.cat]).quantize(CENT, ROUND_HALF_UP)


lines = [
    Line("F-1", "Organic apples (kg)", Decimal("2.345"), Decimal("3.49"), "food"),
    Line("B-7", "Python Cookbook", Decimal(1), Decimal("39.90"), "books", Decimal("0.10")),
    Line("G-2", "USB cable", Decimal(3), Decimal("4.995"), "general"),
    Line("L-9", "Watch", Decimal(1), Decimal("1249.00"), "luxury", Decimal("0.15")),
    Line("F-3", "Coffee beans", Decimal("0.5"), Decimal("18.75"), "food"),
    Line("G-5", "Batteries x4", Decimal(2), Decimal("5.555"), "general", Decimal("0.05")),
]
print(f"{'SKU':<5} {'Description':<22} {'Qty':>7} {'Unit':>9} {'Net':>11} {'Tax':>9}")
for ln in lines:
    print(f"{ln.sku:<5} {ln.desc:<22} {ln.qty:>7} {ln.unit:>9} {money(ln.net):>11} {money(ln.tax):>9}")
net = sum(l.net for l in lines)
tax = sum(l.tax for l in lines)
print(f"{'':<46}{'-' * 21}")
print(f"{'Net total':<46}{money(net):>11}")
print(f"{'Tax':<46}{money(tax):>11}")
print(f"{'Gross':<46}{money(net + tax):>11}")
for cat, group in groupby(sorted(lines, key=attrgetter("cat")), key=attrgetter("cat")):
    g = list(group)
    print(f"  {cat:<8} rate {TAX[cat]:>5.0%} items {len(g)} net {money(sum(x.net for x in g), '$')}")

modes = [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]
vals = ["2.345", "2.355", "-2.345", "2.3449", "0.005", "-0.015"]
print(f"{'value':>8} " + " ".join(f"{m[6:]:>10}" for m in modes))
for v in vals:
    d = Decimal(v)
    print(f"{v:>8} " + " ".join(f"{str(d.quantize(CENT, m)):>10}" for m in modes))

split = (net + tax) / 3
print("split 3 ways:", split, split.quantize(CENT), [money(split)] * 2 + [money(net + tax - 2 * split.quantize(CENT))])
with localcontext() as ctx:
    ctx.prec = 5
    ctx.rounding = ROUND_DOWN
    print(Decimal(1) / Decimal(7), Decimal("123456.7") + 1, +Decimal("3.14159265"), ctx.prec)
print(getcontext().prec, Decimal(1) / Decimal(7))
ctx = Context(prec=3, traps=[Inexact])
try:
    ctx.divide(Decimal(1), Decimal(3))
except Inexact as e:
    print("Inexact trapped:", type(e).__name__, isinstance(e, ArithmeticError))
for expr in ("Decimal(1) / 0", "Decimal(0) / 0", "Decimal('abc')", "Decimal('1.5').quantize(Decimal('1e-30'))", "Decimal('inf') - Decimal('inf')", "int(Decimal('nan'))", "int(Decimal('-inf'))"):
    try:
        print(expr, "=", eval(expr))
    except (InvalidOperation, DivisionByZero, ValueError, OverflowError) as e:
        print(expr, "raised", type(e).__name__, [c.__name__ for c in type(e).__mro__[:3]])
print(Decimal("1.10") + Decimal("2.205"), Decimal("3") * Decimal("1.5"), Decimal("10") / Decimal("4"), Decimal("-7") % 3, Decimal(2) ** 64, Decimal(2) ** Decimal("0.5"))
print(Decimal("0.1") * 3 == Decimal("0.3"), Decimal("1.0") == 1, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal(1) < 1.5, sorted([Decimal("2"), 1, 1.5]))
print(Decimal("123.4500").normalize(), Decimal("0E-7"), Decimal("1E+2").to_eng_string(), Decimal("12345678E-3").to_eng_string(), Decimal(3.75), Decimal((0, (1, 4), -1)), Decimal("-0.00").is_zero())
print(f"{Decimal('1234567.125'):,.2f} {Decimal('-5'):+08.2f} {Decimal('0.000123'):.2e} {Decimal('7'):.3%} {Decimal('1E+3'):f} {Decimal('123.456'):.4g} {Decimal('2.50'):}")
print(money(Decimal("-1234567.895")), money(Decimal("0.004")), money(Decimal("999.995"), "$"), sum([Decimal("0.1")] * 10), max(lines, key=attrgetter("net")).desc)
