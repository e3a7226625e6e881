class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed:.2f}, have {available:.2f}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1000
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError("negative balance")
        self._balance = v

    def deposit(self, amt):
        if amt <= 0:
            raise ValueError(f"invalid amount: {amt!r}")
        self.balance += amt
        self.history.append(("dep", amt))
        return self

    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
        return self

    def apply_interest(self):
        gained = round(self.balance * self.interest, 2)
        self.balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:,.2f})"

    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return self.id == other.id

    def __hash__(self):
        return hash(self.id)

    def __lt__(self, other):
        return self.balance < other.balance

class Savings(Account):
    interest = 0.025
    def withdraw(self, amt):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise RuntimeError("withdrawal limit reached")
        return super().withdraw(amt)

class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def withdraw(self, amt):
        if amt > self.balance + self.overdraft:
            raise InsufficientFunds(amt, self.balance + self.overdraft)
        self._balance -= amt
        self.history.append(("wd", amt))
        return self

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        a = cls(*args, **kw)
        self.accounts[a.id] = a
        return a
    def transfer(self, src, dst, amt):
        try:
            src.withdraw(amt)
        except (InsufficientFunds, RuntimeError) as e:
            print(f"transfer {src.id}->{dst.id} failed: {type(e).__name__}: {e}")
            return False
        else:
            dst.deposit(amt)
            return True
        finally:
            print(f"  attempted {amt}")
    def __iter__(self):
        return iter(sorted(self.accounts.values()))
    def __len__(self):
        return len(self.accounts)
    def total(self):
        return sum(a.balance for a in self)

bank = Bank()
a = bank.open(Savings, "alice", 1000)
b = bank.open(Checking, "bob", 50, overdraft=200)
c = bank.open(Account, owner="carol")
print(a, b, c, sep="\n")
bank.transfer(a, b, 300)
bank.transfer(b, c, 500)
bank.transfer(b, c, 400)
bank.transfer(a, c, 10)
bank.transfer(a, c, 10)
print(a.apply_interest(), a)
for acct in bank:
    print(acct.id, acct, acct.history)
print(len(bank), f"{bank.total():>12,.3f}")
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    c.balance = -1
except ValueError as e:
    print(repr(e))
print(a == a, a == b, a != 3, a == "x")
print({a, b, a} == {b, a})
print(sorted(bank.accounts.values(), key=lambda x: x.owner, reverse=True))
print(max(bank), min(bank))
e = InsufficientFunds(5, 2)
print(e.args, str(e), repr(e))
print(Savings.__mro__)
print(isinstance(a, Account), issubclass(Checking, Savings))
