"""Bank accounts with custom exceptions, notes, exception groups and a final uncaught error."""
from decimal import Decimal, ROUND_HALF_EVEN
import datetime as dt


class BankError(Exception):
    """Base for all bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(account.owner, amount)

    def __str__(self):
        return (f"{self.account.owner} cannot withdraw {self.amount:,.2f}: "
                f"balance is {self.account.balance:,.2f}")


class AccountFrozen(BankError):
    pass


class Account:
    _next_id = 1000
    rate = Decimal("0.0125")

    def __init__(self, owner, balance="0"):
        self.owner = owner
        self.balance = Decimal(balance)
        self.frozen = False
        self.history = []
        Account._next_id += 1
        self.number = Account._next_id

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, balance={self.balance!s})"

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(("dep", amount))
        return self.balance

    def withdraw(self, amount):
        self._check()
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self.balance

    def add_interest(self, months=1):
        for _ in range(months):
            gained = (self.balance * self.rate / 12).quantize(Decimal("0.01"), ROUND_HALF_EVEN)
            self.balance += gained
        return self.balance


class Savings(Account):
    rate = Decimal("0.035")

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise BankError("savings allow only two withdrawals")
        return super().withdraw(amount)


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        e.add_note(f"transfer to {dst.owner} aborted")
        raise
    dst.deposit(amount)


alice = Account("Alice", "250.00")
bob = Savings("Bob", "1000")
print(alice, bob, alice.number, bob.number)
print(alice.deposit("49.99"), alice.withdraw(100))
transfer(bob, alice, "300.50")
print(alice, bob)
try:
    transfer(alice, bob, 10_000)
except BankError as e:
    print("caught:", e)
    print("notes:", e.__notes__)
    print("args:", e.args)
for amt in ["0", "-5", "abc"]:
    try:
        alice.deposit(amt)
    except Exception as e:
        print(type(e).__name__, "->", e)
bob.withdraw(1)
try:
    bob.withdraw(1)
except InsufficientFunds:
    print("wrong")
except BankError as e:
    print("BankError:", e, isinstance(e, InsufficientFunds))
print(bob.add_interest(6), alice.add_interest(12))

errors = []
for acct, amt in [(alice, 1), (bob, 5000), (alice, 99999)]:
    try:
        acct.withdraw(amt)
    except BankError as e:
        errors.append(e)
if errors:
    try:
        raise ExceptionGroup("batch failed", errors)
    except* InsufficientFunds as eg:
        print("group:", eg.message, len(eg.exceptions))
        for sub in eg.exceptions:
            print("  -", sub)
    except* BankError as eg:
        print("other bank errors:", [str(x) for x in eg.exceptions])

eg = ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t"), KeyError("k")])])
match_, rest = eg.split(TypeError)
print(repr(match_), repr(rest))
print(eg.subgroup(lambda e: isinstance(e, (KeyError, ValueError))))

stamp = dt.date(2024, 2, 29)
for acct in sorted([alice, bob], key=lambda a: a.balance, reverse=True):
    print(f"{stamp:%Y-%m-%d} {acct.number:>6} {acct.owner:<8}|{acct.balance:>12,.2f}|{len(acct.history):^5}|")
alice.frozen = True
try:
    alice.deposit(1)
except AccountFrozen as e:
    raise RuntimeError("audit failed") from e
