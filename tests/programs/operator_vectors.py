"""Operator overloading: NotImplemented fallbacks, reflected/in-place ops, __format__, truthiness."""
import math
from functools import total_ordering


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        if spec.endswith("p"):
            r, th = abs(self), math.degrees(math.atan2(self.y, self.x))
            inner = spec[:-1]
            return f"<{format(r, inner)}, {format(th, inner)}°>"
        return f"({format(self.x, spec)}, {format(self.y, spec)})"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, (int, float)):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __round__(self, n=None):
        return Vec(round(self.x, n), round(self.y, n))


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, a * 2, 3 * a, a * b, a @ b, -a, +a, abs(a), a / 2, 1 + a, a + 0.5)
print(f"{a:.2f}", f"{b:>5}", f"{a:.3p}", format(Vec(0, 1), ".1fp"), f"{a!r}", f"{a}" == str(a))
print(bool(Vec()), bool(a), [v for v in [Vec(), a, Vec(0, 0.0), b] if v], round(Vec(1.26, 2.5)), round(Vec(1.26, 2.5), 1))
print(a == Vec(3, 4), a != Vec(3, 4), a == (3, 4), {a, Vec(3, 4), b} == {a, b}, list(a), dict([a]))
for expr in [lambda: a - 1, lambda: "s" + a, lambda: a * "s", lambda: a < b, lambda: a @ 3, lambda: a / Vec()]:
    try:
        print(expr())
    except (TypeError, ZeroDivisionError, AttributeError) as exc:
        print(f"{type(exc).__name__}: {exc}")
v = Vec(1, 1)
w = v
v += Vec(1, 0)
v *= 3
print(v, w, v is w)
print(sum([a, b, Vec(1, 1)], Vec()), sum([a, b]), sorted([a, b, Vec(0, 0)], key=abs))


@total_ordering
class Money:
    def __init__(self, cents, cur="USD"):
        self.cents, self.cur = cents, cur

    def _check(self, other):
        if not isinstance(other, Money):
            return False
        if other.cur != self.cur:
            raise ValueError(f"currency mismatch: {self.cur} vs {other.cur}")
        return True

    def __eq__(self, other):
        return self._check(other) and self.cents == other.cents if isinstance(other, Money) else NotImplemented

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        self._check(other)
        return self.cents < other.cents

    def __add__(self, other):
        if other == 0:
            return self
        self._check(other)
        return Money(self.cents + other.cents, self.cur)

    __radd__ = __add__

    def __iadd__(self, other):
        self.cents += other.cents
        return self

    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "":
            return f"{amount:,.2f} {self.cur}"
        return format(amount, spec)

    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"

    __hash__ = None


wallet = [Money(1999), Money(250), Money(100000), Money(5)]
print(sorted(wallet), max(wallet), min(wallet), Money(5) <= Money(5), Money(6) >= Money(7), Money(1) > Money(0))
print(f"{sum(wallet)}", f"{Money(123456789):>12,.1f}", f"{Money(-50)}", format(Money(7), ""))
m = Money(100)
alias = m
m += Money(1)
print(m is alias, m)
for expr in [lambda: Money(1) < Money(1, "EUR"), lambda: Money(1) + Money(1, "EUR"), lambda: hash(Money(1)),
             lambda: Money(1) < 5, lambda: Money(1) == 1]:
    try:
        print(expr())
    except (TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")


class Loud:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print(f"  {self.tag}.__eq__({getattr(other, 'tag', other)})")
        return NotImplemented

    def __lt__(self, other):
        print(f"  {self.tag}.__lt__")
        return NotImplemented

    def __gt__(self, other):
        print(f"  {self.tag}.__gt__")
        return NotImplemented


class LoudSub(Loud):
    pass


x, y = Loud("x"), LoudSub("y")
print(x == y)
print(x == x, x != Loud("z"))
try:
    x < y
except TypeError as exc:
    print("TypeError:", exc)


class Empty:
    def __len__(self):
        return 0


class Weird:
    def __len__(self):
        return -1


class BadBool:
    def __bool__(self):
        return 1


print(bool(Empty()), not Empty(), bool(object()))
for obj in [Weird(), BadBool()]:
    try:
        bool(obj)
    except (ValueError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")
