"""weft's fractions module: rational numbers. https://docs.python.org/3.11/library/fractions.html"""

import math
import sys

__all__ = ['Fraction']

try:
    import numbers as _numbers
    _Base = _numbers.Rational
except ImportError:          # numbers not available yet: a plain base class
    _numbers = None
    _Base = object

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _is_decimal(x):
    t = type(x)
    return t.__name__ == 'Decimal' and t.__module__ == 'decimal'


def _is_rational(x):
    if isinstance(x, (int, Fraction)):
        return True
    if _numbers is not None:
        return isinstance(x, _numbers.Rational)
    return hasattr(x, 'numerator') and hasattr(x, 'denominator') and not isinstance(x, float)


def _is_real(x):
    if isinstance(x, (int, float, Fraction)):
        return True
    if _numbers is not None:
        return isinstance(x, _numbers.Real)
    return False


def _is_complex(x):
    if isinstance(x, (int, float, complex, Fraction)):
        return True
    if _numbers is not None:
        return isinstance(x, _numbers.Complex)
    return False


def _digits_ok(s):
    """True for a non-empty run of decimal digits, single underscores allowed between digits."""
    if not s or not s[0].isdecimal() or not s[-1].isdecimal():
        return False
    prev_us = False
    for c in s:
        if c == '_':
            if prev_us:
                return False
            prev_us = True
        elif c.isdecimal():
            prev_us = False
        else:
            return False
    return True


def _parse(text):
    """Parse a Fraction literal: [sign] (int ['/' int] | decimal [exponent]); return (n, d) or None."""
    s = text.strip()
    if not s:
        return None
    neg = False
    if s[0] in '+-':
        neg = s[0] == '-'
        s = s[1:]
    if not s or not (s[0].isdecimal() or (s[0] == '.' and len(s) > 1 and s[1].isdecimal())):
        return None
    slash = s.find('/')
    if slash >= 0:
        num = s[:slash]
        den = s[slash + 1:]
        if not _digits_ok(num) or not _digits_ok(den):
            return None
        n = int(num)
        d = int(den)
        return (-n if neg else n), d
    exp = 0
    epos = -1
    for i, c in enumerate(s):
        if c in 'eE':
            epos = i
            break
    if epos >= 0:
        e = s[epos + 1:]
        s = s[:epos]
        es = e[1:] if e[:1] in ('+', '-') else e
        if not _digits_ok(es):
            return None
        exp = int(e)
    dot = s.find('.')
    if dot >= 0:
        ip = s[:dot]
        fp = s[dot + 1:]
        if ip and not _digits_ok(ip):
            return None
        if fp and not _digits_ok(fp):
            return None
        fp = fp.replace('_', '')
        n = int(ip or '0') * 10 ** len(fp) + int(fp or '0')
        d = 10 ** len(fp)
    else:
        if not _digits_ok(s):
            return None
        n = int(s)
        d = 1
    if exp >= 0:
        n *= 10 ** exp
    else:
        d *= 10 ** -exp
    return (-n if neg else n), d


class Fraction(_Base):
    """A rational number numerator/denominator, always kept in lowest terms."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction) or (not isinstance(numerator, (float, str)) and _is_rational(numerator)):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, float) or _is_decimal(numerator):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator
            )
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Convert a finite float (or int) to a Fraction exactly."""
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Convert a finite Decimal (or int) to a Fraction exactly."""
        if isinstance(dec, int):
            return cls(dec)
        if not _is_decimal(dec):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return (numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # walk the continued fraction expansion, keeping convergents p/q
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # the answer is the last convergent or the best semiconvergent, whichever is closer
        near = Fraction(p1, q1)
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        if abs(near - self) <= abs(semi - self):
            return near
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic ----------------------------------------------------------

    def _coerce_other(a, b):
        if type(b) is int:
            return b, 1
        if isinstance(b, Fraction):
            return b._numerator, b._denominator
        if not isinstance(b, (float, complex)) and _is_rational(b):
            return b.numerator, b.denominator
        return None

    def __add__(a, b):
        o = a._coerce_other(b)
        if o is not None:
            nb, db = o
            return Fraction(a._numerator * db + nb * a._denominator, a._denominator * db)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if _is_rational(a):
            return Fraction(a) + b
        if _is_real(a):
            return float(a) + float(b)
        if _is_complex(a):
            return complex(a) + complex(b)
        return NotImplemented

    def __sub__(a, b):
        o = a._coerce_other(b)
        if o is not None:
            nb, db = o
            return Fraction(a._numerator * db - nb * a._denominator, a._denominator * db)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if _is_rational(a):
            return Fraction(a) - b
        if _is_real(a):
            return float(a) - float(b)
        if _is_complex(a):
            return complex(a) - complex(b)
        return NotImplemented

    def __mul__(a, b):
        o = a._coerce_other(b)
        if o is not None:
            nb, db = o
            return Fraction(a._numerator * nb, a._denominator * db)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if _is_rational(a):
            return Fraction(a) * b
        if _is_real(a):
            return float(a) * float(b)
        if _is_complex(a):
            return complex(a) * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        o = a._coerce_other(b)
        if o is not None:
            nb, db = o
            if nb == 0:
                na = a._numerator
                raise ZeroDivisionError('Fraction(%s, 0)' % ((na > 0) - (na < 0)))
            return Fraction(a._numerator * db, a._denominator * nb)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if _is_rational(a):
            return Fraction(a) / b
        if _is_real(a):
            return float(a) / float(b)
        if _is_complex(a):
            return complex(a) / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        o = a._coerce_other(b)
        if o is not None:
            nb, db = o
            return (a._numerator * db) // (a._denominator * nb)
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _is_rational(a):
            return Fraction(a) // b
        if _is_real(a):
            return float(a) // float(b)
        if _is_complex(a):
            return complex(a) // complex(b)
        return NotImplemented

    def __mod__(a, b):
        o = a._coerce_other(b)
        if o is not None:
            nb, db = o
            da = a._denominator
            return Fraction((a._numerator * db) % (nb * da), da * db)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _is_rational(a):
            return Fraction(a) % b
        if _is_real(a):
            return float(a) % float(b)
        if _is_complex(a):
            return complex(a) % complex(b)
        return NotImplemented

    def __divmod__(a, b):
        o = a._coerce_other(b)
        if o is not None:
            nb, db = o
            da = a._denominator
            q, r = divmod(a._numerator * db, da * nb)
            return q, Fraction(r, da * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _is_rational(a):
            return divmod(Fraction(a), b)
        if _is_real(a):
            return divmod(float(a), float(b))
        if _is_complex(a):
            return divmod(complex(a), complex(b))
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b) and not isinstance(b, float):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                elif a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                else:
                    return Fraction((-a._denominator) ** -power,
                                    (-a._numerator) ** -power,
                                    _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self._numerator, self._denominator)
            twice = 2 * r
            if twice < self._denominator:
                return q
            if twice > self._denominator:
                return q + 1
            return q if q % 2 == 0 else q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction) or (not isinstance(b, (float, complex)) and _is_rational(b)):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, Fraction) or (not isinstance(other, float) and _is_rational(other)):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y
