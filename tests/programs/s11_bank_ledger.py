"""Bank account simulation with dataclasses, custom exceptions and a final uncaught error."""
from dataclasses import dataclass, field, asdict, replace
from decimal import Decimal, ROUND_HALF_UP, getcontext
from datetime import date, timedelta
from typing import List
import traceback


class BankError(Exception):
    """Base class for bank problems."""


class InsufficientFunds(BankError):
    def __init__(self, account, needed):
        super().__init__(f"account {account!r} short by {needed}")
        self.account = account
        self.needed = needed


class FrozenAccount(BankError):
    pass


@dataclass(order=True)
class Transaction:
    when: date
    amount: Decimal
    memo: str = field(default="", compare=False)

    def __post_init__(self):
        self.amount = Decimal(self.amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass
class Account:
    owner: str
    number: int
    history: List[Transaction] = field(default_factory=list)
    frozen: bool = False
    rate: Decimal = Decimal("0.015")

    @property
    def balance(self):
        return sum((t.amount for t in self.history), Decimal("0"))

    def deposit(self, amount, when, memo="deposit"):
        if self.frozen:
            raise FrozenAccount(self.owner)
        self.history.append(Transaction(when, amount, memo))

    def withdraw(self, amount, when, memo="withdrawal"):
        if self.frozen:
            raise FrozenAccount(f"{self.owner} is frozen")
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount - self.balance)
        self.history.append(Transaction(when, -amount, memo))

    def accrue(self, when):
        interest = (self.balance * self.rate / 12).quantize(Decimal("0.01"), ROUND_HALF_UP)
        self.deposit(interest, when, "interest")
        return interest


getcontext().prec = 28
start = date(2023, 1, 31)
alice = Account("Alice", 1001)
bob = Account("Bob", 1002, rate=Decimal("0.02"))

for i, amt in enumerate(["100.005", "250", "19.994", "3.335"]):
    alice.deposit(amt, start + timedelta(days=i * 7))
bob.deposit("1000", start)

ops = [
    (alice, "withdraw", "50"),
    (bob, "withdraw", "2000"),
    (alice, "withdraw", "1000.50"),
    (bob, "withdraw", "125.125"),
]
for acct, op, amt in ops:
    try:
        getattr(acct, op)(amt, start + timedelta(days=30))
        print(f"{acct.owner:<6} {op:>9} {amt:>10} ok  -> {acct.balance:>10}")
    except InsufficientFunds as e:
        print(f"{acct.owner:<6} {op:>9} {amt:>10} FAIL: {e} (needed={e.needed})")
        print("   args:", e.args, "type:", type(e).__name__, "mro:", [c.__name__ for c in type(e).__mro__])

for month in range(1, 4):
    when = date(2023, 1 + month, 1)
    for acct in (alice, bob):
        got = acct.accrue(when)
        print(f"{when:%Y-%m-%d} {acct.owner} interest {got} balance {acct.balance}")

print("sorted history of Alice:")
for t in sorted(alice.history, reverse=True):
    print(f"  {t.when.isoformat()} {t.amount:>+10.2f} {t.memo!s:>12}|")

d = asdict(alice.history[0])
print(d)
t2 = replace(alice.history[0], memo="changed", amount="7.777")
print(t2, t2 == alice.history[0], t2 < alice.history[1])
print(Transaction(start, 1) == Transaction(start, Decimal("1.00"), "x"))

bob.frozen = True
try:
    bob.deposit(5, start)
except BankError as e:
    print("caught", repr(e), isinstance(e, FrozenAccount))

try:
    try:
        alice.withdraw("99999", start)
    except InsufficientFunds as e:
        raise RuntimeError("transfer aborted") from e
except RuntimeError as e:
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    lines = traceback.format_exception_only(type(e), e)
    print("".join(lines).strip())

summary = {a.owner: str(a.balance) for a in (alice, bob)}
print(summary)
print(f"{sum(Decimal(v) for v in summary.values()):,.2f}")
print(Decimal("1234567.891").quantize(Decimal("1.00")), f"{Decimal('-0.5'):08.3f}", f"{Decimal('12.5'):e}")
bob.withdraw("1", start, memo="final")
