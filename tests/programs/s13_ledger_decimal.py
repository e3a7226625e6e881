"""Double-entry bookkeeping with Decimal, custom exception hierarchy, and a failing audit."""
from decimal import Decimal, getcontext, InvalidOperation, localcontext
from collections import defaultdict, OrderedDict
import sys

getcontext().prec = 28
CENT = Decimal("0.01")


class LedgerError(Exception):
    """Base for ledger problems."""


class UnbalancedEntry(LedgerError):
    def __init__(self, entry_id, debit, credit):
        self.entry_id = entry_id
        self.diff = debit - credit
        super().__init__(entry_id, debit, credit)

    def __str__(self):
        return f"entry {self.entry_id} is off by {self.diff:+}"


class UnknownAccount(LedgerError, KeyError):
    pass


class AuditFailure(LedgerError):
    pass


class Ledger:
    def __init__(self, accounts):
        self.accounts = OrderedDict((name, kind) for name, kind in accounts)
        self.entries = []
        self.balances = defaultdict(Decimal)

    def post(self, entry_id, memo, lines):
        debit = sum((Decimal(a) for acct, a in lines if Decimal(a) > 0), Decimal(0))
        credit = -sum((Decimal(a) for acct, a in lines if Decimal(a) < 0), Decimal(0))
        for acct, _ in lines:
            if acct not in self.accounts:
                raise UnknownAccount(acct)
        if debit != credit:
            raise UnbalancedEntry(entry_id, debit, credit)
        for acct, amount in lines:
            self.balances[acct] += Decimal(amount).quantize(CENT)
        self.entries.append((entry_id, memo, lines))

    def trial_balance(self):
        print(f"{'account':<14}{'type':<10}{'debit':>12}{'credit':>12}")
        td = tc = Decimal(0)
        for name, kind in self.accounts.items():
            bal = self.balances[name]
            d, c = (bal, "") if bal >= 0 else ("", -bal)
            td += bal if bal > 0 else 0
            tc += -bal if bal < 0 else 0
            print(f"{name:<14}{kind:<10}{d!s:>12}{c!s:>12}")
        print(f"{'TOTAL':<24}{td:>12}{tc:>12}")
        return td, tc


led = Ledger([("cash", "asset"), ("receivable", "asset"), ("inventory", "asset"),
              ("payable", "liability"), ("equity", "equity"), ("sales", "income"),
              ("cogs", "expense"), ("fees", "expense")])
postings = [
    ("J1", "owner investment", [("cash", "10000"), ("equity", "-10000")]),
    ("J2", "buy stock", [("inventory", "2500.50"), ("payable", "-2500.50")]),
    ("J3", "sale on credit", [("receivable", "1999.99"), ("sales", "-1999.99")]),
    ("J4", "cost of sale", [("cogs", "1200.25"), ("inventory", "-1200.25")]),
    ("J5", "typo", [("cash", "100"), ("sales", "-10.00")]),
    ("J6", "ghost", [("petty", "5"), ("cash", "-5")]),
    ("J7", "bank fee", [("fees", "0.333"), ("cash", "-0.333")]),
    ("J8", "collect", [("cash", "1999.99"), ("receivable", "-1999.99")]),
]
for eid, memo, lines in postings:
    try:
        led.post(eid, memo, lines)
        print(f"posted {eid:<3} {memo}")
    except UnbalancedEntry as e:
        print(f"rejected {eid}: {e} | args={e.args}")
    except UnknownAccount as e:
        print(f"rejected {eid}: unknown account {e} | {isinstance(e, KeyError)} {e.args}")

td, tc = led.trial_balance()
print("balanced:", td == tc, td - tc)

with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / Decimal(7), Decimal("1.0000005") + 0, ctx.prec)
print(Decimal(1) / Decimal(7))
print(Decimal("1.30") + Decimal("1.20"), Decimal("3.000") * 2, Decimal("-0"), Decimal("1e3"), Decimal("1E+3").normalize())
print(Decimal("10.25").quantize(Decimal("1.0")), round(Decimal("2.345"), 2), Decimal(0.1))
print(sum([Decimal("0.1")] * 3) == Decimal("0.3"), 0.1 * 3 == 0.3, Decimal("7.5") // 2, Decimal("-7.5") % 2)
print(repr(Decimal("NaN")), Decimal("Infinity") > 10**100, Decimal("1.5").as_tuple())
try:
    Decimal("twelve")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__mro__[1].__name__)

print("audit:", file=sys.stderr)
for eid, memo, lines in led.entries:
    odd = [a for _, a in lines if Decimal(a).as_tuple().exponent < -2]
    if odd:
        try:
            raise ValueError(f"sub-cent amounts {odd}")
        except ValueError as exc:
            raise AuditFailure(f"{eid} ({memo}) fails audit") from exc
