"""Bank simulation with custom exception hierarchy, audit log, and sys.exit paths."""
import sys
from decimal import Decimal, ROUND_HALF_UP, InvalidOperation
from fractions import Fraction
from functools import total_ordering
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)-7s %(name)s: %(message)s", stream=sys.stdout)
log = logging.getLogger("bank")


class BankError(Exception):
    code = 10


class InsufficientFunds(BankError):
    code = 11

    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(account, amount)

    def __str__(self):
        return f"{self.account.owner} cannot withdraw {self.amount} (balance {self.account.balance})"


class AccountFrozen(BankError):
    code = 12


class InvalidAmount(BankError, ValueError):
    code = 13


def money(x):
    try:
        d = Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise InvalidAmount(f"not a number: {x!r}") from None
    if d <= 0:
        raise InvalidAmount(f"amount must be positive: {d}")
    return d


@total_ordering
class Account:
    _next = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = Decimal(balance).quantize(Decimal("0.01"))
        self.frozen = False
        self.history = []
        Account._next += 1
        self.number = Account._next

    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self.balance})"

    def __eq__(self, other):
        return isinstance(other, Account) and self.balance == other.balance

    def __lt__(self, other):
        return self.balance < other.balance

    __hash__ = object.__hash__

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account #{self.number} is frozen")

    def deposit(self, amount):
        self._check()
        amt = money(amount)
        self.balance += amt
        self.history.append(("dep", amt))
        return self.balance

    def withdraw(self, amount):
        self._check()
        amt = money(amount)
        if amt > self.balance:
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self.balance


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate="0.025"):
        super().__init__(owner, balance)
        self.rate = Decimal(rate)

    def add_interest(self, months=1):
        for _ in range(months):
            interest = (self.balance * self.rate / 12).quantize(Decimal("0.01"), ROUND_HALF_UP)
            self.balance += interest
        return self.balance


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.number] = acct
        log.info("opened %r", acct)
        return acct

    def transfer(self, src, dst, amount):
        snapshot = (src.balance, dst.balance)
        try:
            src.withdraw(amount)
            dst.deposit(amount)
        except BankError as e:
            src.balance, dst.balance = snapshot
            log.warning("transfer failed: %s [%s]", e, type(e).__name__)
            raise
        else:
            log.info("moved %s from %s to %s", amount, src.owner, dst.owner)
        finally:
            log.debug("transfer attempted")


def main(argv):
    bank = Bank()
    a = bank.open(Account, "alice", 100)
    b = bank.open(SavingsAccount, "bob", "250.50", rate="0.06")
    c = bank.open(Account, owner="carol")
    ops = [
        lambda: a.deposit("19.999"),
        lambda: a.withdraw(500),
        lambda: b.withdraw(-5),
        lambda: c.deposit("abc"),
        lambda: bank.transfer(a, c, 60),
        lambda: bank.transfer(c, a, 1000),
        lambda: b.add_interest(3),
    ]
    for i, op in enumerate(ops):
        try:
            print(f"op{i}: ok -> {op()}")
        except InsufficientFunds as e:
            print(f"op{i}: insufficient: {e} / args={e.args[1]}")
        except ValueError as e:
            print(f"op{i}: value error ({type(e).__name__}, code {getattr(e, 'code', '-')}): {e}")
        except BankError as e:
            print(f"op{i}: bank error {e.code}: {e}")
    c.frozen = True
    try:
        c.deposit(1)
    except BankError as e:
        print(repr(e), e.code, isinstance(e, AccountFrozen))
    print(sorted(bank.accounts.values()), max(bank.accounts.values()).owner)
    print(a <= b, a > c, a == Account("x", a.balance), a in {a})
    print(b.history, a.history)
    share = Fraction(1, 3)
    print(share * 3 == 1, Fraction("0.125"), Fraction(3, 9) + Fraction(1, 6), float(share), Fraction(1.5).limit_denominator())
    print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("10").sqrt(), round(Decimal("2.675"), 2))
    print(Decimal("3.14159").quantize(Decimal("1.00")), Decimal("-0"), Decimal("1e3").normalize(), Decimal("1.50").as_tuple())
    total = sum(acct.balance for acct in bank.accounts.values())
    print(f"total {total:,.2f} | {total:>12} | {float(total):e}")
    if "--strict" in argv and total < 1000:
        log.error("reserves too low: %s", total)
        sys.exit(2)
    return 0


try:
    main(["--lenient"])
    main(["--strict"])
except SystemExit as e:
    print("caught SystemExit", e.code)
logging.getLogger().setLevel(logging.ERROR)
sys.exit(main(["--strict"]))
