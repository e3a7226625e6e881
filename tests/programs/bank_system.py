"""Bank account system: properties, class attributes, transactions, uncaught error at the end."""
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_EVEN
import itertools


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"account {account.number}: cannot withdraw {amount}, balance is {account.balance}")


class FrozenAccount(RuntimeError):
    pass


class Account:
    _ids = itertools.count(1001)
    interest_rate = Decimal("0.015")

    def __init__(self, owner, opening=Decimal("0")):
        self.number = next(self._ids)
        self.owner = owner
        self._balance = Decimal(opening)
        self.history = []
        self.frozen = False
        self._record("open", self._balance)

    def _record(self, kind, amount):
        self.history.append((len(self.history) + 1, kind, amount, self._balance))

    @property
    def balance(self):
        return self._balance.quantize(Decimal("0.01"))

    @balance.setter
    def balance(self, value):
        raise AttributeError("use deposit() or withdraw()")

    def deposit(self, amount):
        amount = Decimal(str(amount))
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self._balance += amount
        self._record("deposit", amount)
        return self

    def withdraw(self, amount):
        amount = Decimal(str(amount))
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self._record("withdraw", amount)
        return self

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.number} is frozen")

    def add_interest(self, days):
        rate = self.interest_rate * days / 365
        interest = (self._balance * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)
        self._balance += interest
        self._record("interest", interest)
        return interest

    def __repr__(self):
        return f"{type(self).__name__}(#{self.number}, {self.owner!r}, {self.balance})"

    def statement(self):
        lines = [f"Statement for {self.owner} (#{self.number})"]
        for n, kind, amount, bal in self.history:
            lines.append(f"{n:>3}. {kind:<9} {amount:>10} {bal:>12.2f}")
        return "\n".join(lines)


class Savings(Account):
    interest_rate = Decimal("0.04")
    max_withdrawals = 2

    def __init__(self, owner, opening=0):
        super().__init__(owner, opening)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.max_withdrawals:
            raise RuntimeError(f"withdrawal limit {self.max_withdrawals} reached")
        super().withdraw(amount)
        self.withdrawals += 1
        return self


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, opening=0):
        acct = cls(owner, opening)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except Exception:
            a.deposit(amount)
            raise

    def total(self):
        return sum((a.balance for a in self.accounts.values()), Decimal(0))


bank = Bank("First Weft")
alice = bank.open(Account, "Alice", "100.50")
bob = bank.open(Savings, "Bob", 2500)
carol = bank.open(Account, "Carol")
alice.deposit(49.5).deposit("0.10").withdraw(25)
print(alice, bob, carol)
for args in [(1001, 1002, 50), (1003, 1001, 10), (1002, 1003, 100), (1002, 1001, 1), (1002, 1001, 1), (1001, 9999, 5)]:
    try:
        bank.transfer(*args)
        print("transfer ok", args)
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| amount", e.amount)
    except KeyError as e:
        print("no such account", e)
    except RuntimeError as e:
        print(type(e).__name__ + ":", e)
print(bob.add_interest(30), alice.add_interest(365), carol.add_interest(1))
print(alice.statement())
print(bob.statement())
print("bank total", bank.total(), sorted(bank.accounts.values(), key=lambda a: a.balance))
try:
    alice.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
carol.frozen = True
start = date(2024, 1, 31)
print([str(start + timedelta(days=30 * i)) for i in range(4)])
print(isinstance(bob, Account), Savings.__mro__[1].__name__, Account.interest_rate, Savings.interest_rate, vars(carol).keys())
carol.deposit(1)
