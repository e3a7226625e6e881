"""Bank accounts with a class hierarchy, properties, dunders and custom errors."""
from functools import total_ordering
import traceback


class BankError(Exception):
    """Base class for bank errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner!r} cannot withdraw {amount:,.2f}")
        self.account = account
        self.amount = amount


class FrozenAccount(BankError):
    pass


@total_ordering
class Account:
    """A simple bank account."""
    _next_id = 1000
    interest = 0.0

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        "Current balance."
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self._balance:.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner:<10} {self._balance:>12,.2f}"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self._balance == other._balance

    def __lt__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self._balance < other._balance

    def __hash__(self):
        return hash(self.id)

    def __bool__(self):
        return self._balance > 0

    def __len__(self):
        return len(self.history)

    def __iter__(self):
        return iter(self.history)

    def __contains__(self, kind):
        return any(k == kind for k, _ in self.history)


class Savings(Account):
    interest = 0.025

    def add_interest(self):
        gained = round(self._balance * self.interest, 2)
        self.deposit(gained)
        return gained


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        self._check()
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self


accounts = [
    Savings("alice", 1500.0),
    Checking("bob", 200.0),
    Account("carol"),
    Savings("dave", 99999.99),
    Checking("eve", 0.0, overdraft=0),
]

for a in accounts:
    print(a)
print(repr(accounts[0]))
print(sorted(accounts))
print(max(accounts).owner, min(accounts).owner)
print([bool(a) for a in accounts])
print(accounts[0] == Savings("x", 1500.0), accounts[0] != accounts[1])
print(accounts[0] == 1500.0)
print(accounts[0] <= accounts[3], accounts[1] >= accounts[2])

accounts[0].deposit(250).withdraw(100).deposit(0.5)
print(len(accounts[0]), list(accounts[0]))
print("deposit" in accounts[0], "transfer" in accounts[0])
print(accounts[0].add_interest(), accounts[3].add_interest())

for action in [
    lambda: accounts[1].withdraw(250),
    lambda: accounts[1].withdraw(100),
    lambda: accounts[4].withdraw(0.01),
    lambda: accounts[2].deposit(-5),
    lambda: setattr(accounts[2], "balance", -1),
]:
    try:
        action()
        print("ok", accounts[1])
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.amount, e.account.owner)
    except BankError as e:
        print("BankError:", e)
    except ValueError as e:
        print("ValueError:", e)

accounts[2].frozen = True
try:
    accounts[2].deposit(10)
except BankError as e:
    traceback.print_exc()
    print(type(e).__mro__)
    print(e.args)

print(Account.balance.__doc__, Account.__doc__, Savings.__doc__)
print(Account.deposit.__qualname__, Savings.add_interest.__name__, Savings.withdraw.__qualname__)
print(Savings.__mro__)
print(Checking.__bases__, Account.__subclasses__())
print(isinstance(accounts[0], Account), issubclass(Checking, Savings))
print(sorted(k for k in vars(accounts[1])))
print([n for n in dir(accounts[0]) if not n.startswith("__")])
print({a.owner: round(a.balance, 2) for a in accounts})
print(len({a for a in accounts}))
total = sum(a.balance for a in accounts)
print(f"{'TOTAL':=^30}")
print(f"{total:>30,.3f}")
print(f"{total:e} {total:g} {total:%}")
print("%-8s|%8.2f|%+d|%05d|%x|%o|%r" % ("x", total, 42, 42, 255, 8, "q"))
