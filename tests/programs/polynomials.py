"""A Polynomial class with arithmetic operators, evaluation, derivatives, division and pretty printing."""
from fractions import Fraction

SUP = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @classmethod
    def x(cls):
        return cls([0, 1])

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * x + coef
        return acc

    def _coerce(self, other):
        if isinstance(other, Poly):
            return other
        if isinstance(other, (int, float, Fraction)):
            return Poly([other])
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self + (-o)

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("only non-negative integer powers")
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = [Fraction(a) for a in self.c]
        quot = [Fraction(0)] * max(1, len(rem) - len(other.c) + 1)
        lead = Fraction(other.c[-1])
        while len(rem) >= len(other.c) and any(rem):
            shift = len(rem) - len(other.c)
            factor = rem[-1] / lead
            quot[shift] = factor
            for i, b in enumerate(other.c):
                rem[shift + i] -= factor * b
            rem.pop()
        return Poly(quot), Poly(rem)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self.c == o.c

    def __hash__(self):
        return hash(tuple(self.c))

    def __bool__(self):
        return self.degree >= 0

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i] if i < len(self.c) else 0

    def __repr__(self):
        return f"Poly({self.c!r})"

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree >= 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            body = "" if (mag == 1 and i) else str(mag)
            var = "" if i == 0 else "x" if i == 1 else "x" + str(i).translate(SUP)
            terms.append((sign, body + var))
        if not terms:
            return "0"
        first_sign, first = terms[0]
        return ("-" if first_sign == "-" else "") + first + "".join(f" {s} {t}" for s, t in terms[1:])


x = Poly.x()
p = (x - 1) * (x + 2) * (x - 3)
q = 2 * x ** 2 - 4
print(p, "|", q, "|", repr(p), p.degree, len(p), p[1], p[10])
print(p + q, "|", p - p, "|", 5 - x, "|", -q, "|", q * 0.5)
print([p(v) for v in range(-3, 5)], p(Fraction(1, 2)), q(1.5))
print(p.derivative(), "|", p.derivative().derivative(), "|", Poly([7]).derivative())
quot, rem = divmod(p, x - 3)
print(quot, "|", rem, "|", divmod(x ** 3 + 1, q))
print((x + 1) ** 5, "|", Poly([1, 1]) ** 0, "|", bool(Poly([0, 0])), bool(x), Poly([0]).degree)
print(p == Poly([6, -5, -2, 1]), x + 1 == Poly([1, 1]), x == "x", {p: "cubic"}[Poly([6, -5, -2, 1])])
print(sorted([x ** 2, x, Poly([3]), x ** 3 - x], key=lambda poly: (poly.degree, poly.c)))


def newton(poly, guess, steps=30):
    d = poly.derivative()
    for _ in range(steps):
        guess = guess - poly(guess) / d(guess)
    return guess


print([round(newton(p, g), 10) for g in (-5.0, 0.0, 10.0)], round(newton(q, 1.0), 12), 2 ** 0.5)
for bad in [lambda: x ** -1, lambda: divmod(x, Poly([0])), lambda: x + "1", lambda: x * [1], lambda: x ** 1.5]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")
