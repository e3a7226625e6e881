"""Properties with validating setters, __slots__ classes, and class/static methods."""


class Temperature:
    __slots__ = ("_kelvin",)
    ABS_ZERO = 0.0

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def kelvin(self):
        return self._kelvin

    @kelvin.setter
    def kelvin(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"temperature must be a number, not {type(value).__name__}")
        if value < self.ABS_ZERO:
            raise ValueError(f"{value} K is below absolute zero")
        self._kelvin = float(value)

    @property
    def celsius(self):
        return round(self._kelvin - 273.15, 2)

    @celsius.setter
    def celsius(self, value):
        self.kelvin = value + 273.15

    @property
    def fahrenheit(self):
        return round(self.celsius * 9 / 5 + 32, 2)

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def describe(c):
        return "freezing" if c <= 0 else "hot" if c >= 30 else "mild"

    def __repr__(self):
        return f"Temperature({self.celsius}°C)"


t = Temperature(25)
print(t, t.kelvin, t.fahrenheit, Temperature.from_fahrenheit(212), Temperature.describe(t.celsius))
t.fahrenheit if False else None
for attempt in [lambda: setattr(t, "celsius", -300), lambda: setattr(t, "kelvin", "hot"),
                lambda: setattr(t, "fahrenheit", 10), lambda: setattr(t, "color", "red"), lambda: del_attr(t)]:
    try:
        attempt()
    except (ValueError, TypeError, AttributeError, NameError) as exc:
        print(f"{type(exc).__name__}: {exc}")
print(t, hasattr(t, "__dict__"), Temperature.__slots__, type(Temperature.kelvin).__name__)
print(Temperature.kelvin.fget.__name__, Temperature.celsius.fset is not None, Temperature.fahrenheit.fset)


class Point3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z=0):
        self.x, self.y, self.z = x, y, z


p = Point3(1, 2)
del p.z
try:
    p.z
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    p.w = 1
except AttributeError as exc:
    print("AttributeError:", exc)


class Point4(Point3):
    __slots__ = ("w",)


class Loose(Point3):
    pass


q = Point4(1, 2, 3)
q.w = 4
lo = Loose(0, 0)
lo.extra = "ok"
print(q.x, q.w, hasattr(q, "__dict__"), lo.__dict__, sorted(Point4.__slots__), type(Point3.x).__name__)


class Account:
    _next_id = 1
    instances = []

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        Account.instances.append(self)

    balance = property(lambda self: self._balance, doc="current balance")

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f"balance cannot go negative (attempted {value})")
        self._balance = value

    @balance.deleter
    def balance(self):
        print(f"  closing account {self.id}")
        self._balance = None

    @property
    def owner(self):
        return self._owner

    @owner.setter
    def owner(self, name):
        name = name.strip()
        if not name:
            raise ValueError("owner must be non-empty")
        self._owner = name.title()

    @classmethod
    def total(cls):
        return sum(a.balance or 0 for a in cls.instances)

    def __repr__(self):
        return f"<Account #{self.id} {self.owner}: {self.balance}>"


a = Account("  ada lovelace ", 100)
b = Account("alan", 50)
a.balance -= 30
print(a, b, Account.total(), Account.balance.__doc__)
for bad in [lambda: setattr(b, "balance", b.balance - 80), lambda: Account(" ", 1), lambda: Account("x", -1)]:
    try:
        bad()
    except ValueError as exc:
        print("ValueError:", exc)
del b.balance
print(b, Account.total(), len(Account.instances), Account._next_id)


class Lazy:
    def __getattr__(self, name):
        if name.startswith("computed_"):
            value = len(name)
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")


lz = Lazy()
print(lz.computed_a, lz.__dict__, getattr(lz, "missing", "default"))
try:
    lz.missing
except AttributeError as exc:
    print("AttributeError:", exc)
