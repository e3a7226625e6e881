class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__(f"need {need}, have {have}")
        self.need, self.have = need, have
class Account:
    _next_id = 1
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(amt, self._balance)
        self._balance -= amt
        self.history.append(("wd", amt))
        return self
    def month_end(self):
        self._balance = round(self._balance * (1 + self.interest), 2)
    def __repr__(self): return f"{type(self).__name__}(#{self.id} {self.owner!r} {self._balance})"
    def __lt__(self, o): return self._balance < o._balance
class Savings(Account):
    interest = 0.02
class Checking(Account):
    fee = 1
    def withdraw(self, amt):
        return super().withdraw(amt + self.fee)
class Bank:
    def __init__(self): self.accounts = {}
    def open(self, kind, owner, amt=0):
        a = kind(owner, amt); self.accounts[a.id] = a; return a
    def transfer(self, src, dst, amt):
        try:
            self.accounts[src].withdraw(amt)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amt)
        return True
    def total(self): return sum(a.balance for a in self.accounts.values())
    def __iter__(self): return iter(sorted(self.accounts.values()))
bank = Bank()
a = bank.open(Savings, "ann", 100)
b = bank.open(Checking, "bob", 50)
c = bank.open(Account, "cy")
print(a, b, c)
print(bank.transfer(1, 2, 30), bank.transfer(2, 3, 500), bank.transfer(2, 3, 70))
for acct in bank.accounts.values(): acct.month_end()
print(list(bank), round(bank.total(), 2))
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    c.withdraw(10 ** 6)
except InsufficientFunds as e:
    print(e.need, e.have, e.args)
print(a.history, b.history, max(bank), min(bank).owner)
print(isinstance(a, Account), Checking.__mro__[1].__name__, b.fee, Savings.interest, Account.interest)
