"""Polynomials over Fractions with full numeric protocol: arithmetic, division, roots, __call__."""
from fractions import Fraction
from numbers import Number
import itertools


class Poly:
    __slots__ = ("c",)

    def __init__(self, *coeffs):
        c = [Fraction(x) for x in coeffs]
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) or (Fraction(0),)

    @classmethod
    def x(cls):
        return cls(0, 1)

    @property
    def degree(self):
        return -1 if self.c == (0,) else len(self.c) - 1

    def __repr__(self):
        return f"Poly({', '.join(str(x) for x in self.c)})"

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0:
                continue
            sign = "-" if a < 0 else "+"
            a = abs(a)
            coef = "" if a == 1 and i else (f"({a})" if a.denominator != 1 else f"{a}")
            var = "" if i == 0 else ("x" if i == 1 else f"x^{i}")
            terms.append(f"{sign} {coef}{var}")
        if not terms:
            return "0"
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]

    def __eq__(self, other):
        if isinstance(other, Number):
            other = Poly(other)
        if not isinstance(other, Poly):
            return NotImplemented
        return self.c == other.c

    def __hash__(self):
        return hash(self.c) if len(self.c) > 1 else hash(self.c[0])

    def __bool__(self):
        return self.c != (0,)

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i] if i < len(self.c) else Fraction(0)

    def __iter__(self):
        return iter(self.c)

    def _coerce(self, other):
        if isinstance(other, Poly):
            return other
        if isinstance(other, (int, Fraction)):
            return Poly(other)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Poly(*(a + b for a, b in itertools.zip_longest(self.c, o.c, fillvalue=0)))

    __radd__ = __add__

    def __neg__(self):
        return Poly(*(-a for a in self.c))

    def __pos__(self):
        return self

    def __sub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else self + -o

    def __rsub__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else o + -self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        out = [Fraction(0)] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n, mod=None):
        if not isinstance(n, int) or n < 0:
            raise ValueError(f"bad exponent {n!r}")
        result, base = Poly(1), self
        while n:
            if n & 1:
                result = result * base
                if mod is not None:
                    result %= mod
            base = base * base
            n >>= 1
        return result

    def __divmod__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        if not o:
            raise ZeroDivisionError("polynomial division by zero")
        q = [Fraction(0)] * max(1, len(self.c) - len(o.c) + 1)
        r = list(self.c)
        while len(r) >= len(o.c) and any(r):
            shift = len(r) - len(o.c)
            f = r[-1] / o.c[-1]
            q[shift] = f
            for i, b in enumerate(o.c):
                r[i + shift] -= f * b
            r.pop()
        return Poly(*q), Poly(*(r or [0]))

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def derive(self):
        return Poly(*(i * a for i, a in enumerate(self.c)][1:] or [0]))

    def gcd(self, other):
        a, b = self, other
        while b:
            a, b = b, a % b
        return a * Fraction(1, a.c[-1]) if a else a


x = Poly.x()
p = (x - 1) * (x + 2) * (2 * x - 3)
q = x ** 2 + x - 2
print("p =", p, "| repr", repr(p), "| degree", p.degree)
print("q =", q, "| p(0..4):", [p(v) for v in range(5)], p(Fraction(1, 2)), p(0.5))
print("p + q =", p + q, "| p - p =", p - p, "| 3 - q =", 3 - q, "| -q =", -q)
print("p // q =", p // q, "| p % q =", p % q, "| divmod:", divmod(x ** 3 + 1, x + 1))
print("gcd(p, q) =", p.gcd(q), "| p' =", p.derive(), "| p'' =", p.derive().derive())
print("(x+1)^5 =", (x + 1) ** 5)
print("(x+1)^10 mod (x^2+1) =", pow(x + 1, 10, x ** 2 + 1))
print(Poly(Fraction(1, 2), 0, Fraction(-3, 4)), Poly(0, 0, 0), Poly(), bool(Poly()), len(p), p[1], p[10], list(q))
print(Poly(5) == 5, Poly(1, 2) == Poly(1, 2, 0), Poly(1) != x, {Poly(3): "three"}[3], hash(Poly(7)) == hash(7))
print(x == "x", x.__eq__("x"), sum([x, x, 1]), sum([Poly(1)] * 3, Poly(0)))
roots = [Fraction(n, d) for n in range(-6, 7) for d in (1, 2) if p(Fraction(n, d)) == 0]
print("rational roots of p:", sorted(set(roots)))
for bad in [lambda: x ** -1, lambda: x % Poly(0), lambda: x + "1", lambda: x * 1.5]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    x.c = (1,)
    print("assigned", x)
    x.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
cheb = [Poly(1), x]
for _ in range(6):
    cheb.append(2 * x * cheb[-1] - cheb[-2])
for n, t in enumerate(cheb):
    print(f"T{n}(x) = {t!s:<45} T{n}(1/2) = {t(Fraction(1, 2))!s:>5}")
