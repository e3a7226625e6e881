# A bank ledger whose audit fails at the end with an uncaught, chained
# exception carrying notes: the traceback goes to stderr and the exit status is 1.
from decimal import Decimal


class LedgerError(Exception):
    pass


class InsufficientFunds(LedgerError):
    def __init__(self, account, needed):
        super().__init__(f"{account.owner} needs {needed} more")
        self.account = account


class Account:
    _next = 100

    def __init__(self, owner, balance="0"):
        Account._next += 1
        self.number = Account._next
        self.owner = owner
        self.balance = Decimal(balance)
        self.history = []

    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self.balance})"

    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive: {amount}")
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount - self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise LedgerError(f"transfer #{src.number}->#{dst.number} of {amount} failed") from e
    dst.deposit(amount)


accts = [Account("ann", "100.50"), Account("ben"), Account("cat", "20")]
transfer(accts[0], accts[1], "40.25")
for args in [(accts[1], accts[2], "50"), (accts[2], accts[0], "5.5")]:
    try:
        transfer(*args)
    except LedgerError as e:
        print("failed:", e, "| cause:", e.__cause__, "| owner:", e.__cause__.account.owner)
try:
    accts[0].deposit("-3")
except ValueError as e:
    print("ValueError:", e)
print(accts)
print([a.history for a in accts])


def audit(accounts, expected):
    total = sum(a.balance for a in accounts)
    if total != Decimal(expected):
        err = LedgerError(f"books off by {total - Decimal(expected)}")
        err.add_note(f"accounts audited: {len(accounts)}")
        err.add_note("run reconcile.py before closing the day")
        try:
            {}["reconcile"]
        except KeyError:
            raise err
    return total


print("total:", audit(accts, "120.50"))
audit(accts, "121")
print("not reached")
