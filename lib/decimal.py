"""weft's decimal: decimal fixed- and floating-point arithmetic (the commonly used core of
CPython's module: construction, arithmetic, quantize, sqrt, comparisons, contexts).
https://docs.python.org/3.11/library/decimal.html"""

import math as _math
import sys as _sys

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR',
    'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# -- signals ----------------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_SIGNALS = [Clamped, DivisionByZero, Inexact, Overflow, Rounded, Underflow,
            InvalidOperation, Subnormal, FloatOperation]
# the signal whose flag/trap governs each condition
_SIGNAL_OF = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
              DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


# the order of CPython's (libmpdec's) condition bits, which its Context repr follows
_SIGNAL_RANK = {Clamped: 0, ConversionSyntax: 1, DivisionByZero: 2, DivisionImpossible: 3,
                DivisionUndefined: 4, Inexact: 6, InvalidContext: 7, InvalidOperation: 8,
                FloatOperation: 10, Overflow: 11, Rounded: 12, Subnormal: 13, Underflow: 14}


class _SignalDict(dict):
    """flags/traps mapping that prints as CPython's list of signal names."""

    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (k.__name__, v) for k, v in self.items()) + '}'


# -- context ---------------------------------------------------------------------------------

class Context(object):
    """Precision, rounding, exponent limits, flags and traps for arithmetic."""
    __weft_tpname__ = 'decimal.Context'

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None, _ignored_flags=None, **kwargs):
        for k in kwargs:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        dc = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        self.flags = _SignalDict((s, False) for s in _SIGNALS)
        if flags is not None:
            if isinstance(flags, dict):
                for k, v in flags.items():
                    self.flags[k] = bool(v)
            else:
                for s in flags:
                    self.flags[s] = True
        self.traps = _SignalDict((s, False) for s in _SIGNALS)
        if traps is None:
            if dc is not None:
                self.traps.update(dc.traps)
            else:
                for s in (InvalidOperation, DivisionByZero, Overflow):
                    self.traps[s] = True
        elif isinstance(traps, dict):
            for k, v in traps.items():
                self.traps[k] = bool(v)
        else:
            for s in traps:
                self.traps[s] = True

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError('valid values for prec are: [1, MAX_PREC]')
            if not 1 <= value <= MAX_PREC:
                raise ValueError('valid range for prec is [1, MAX_PREC]')
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError(_ROUNDING_MSG)
        elif name == 'Emin':
            if not isinstance(value, int) or value > 0:
                raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        elif name == 'Emax':
            if not isinstance(value, int) or value < 0:
                raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        object.__setattr__(self, name, value)

    def __repr__(self):
        # CPython lists signals in the order of its conditions' bits, and InvalidOperation
        # where the first of the conditions raised stands (any of them, for a trap or a
        # flag set by hand: the place of ConversionSyntax).
        def names(d, invalid_rank):
            on = [s for s, v in d.items() if v]
            key = {s: _SIGNAL_RANK[s] for s in on}
            if InvalidOperation in key:
                key[InvalidOperation] = invalid_rank
            return [s.__name__ for s in sorted(on, key=key.get)]
        flags = names(self.flags, self.__dict__.get('_invalid_rank', _SIGNAL_RANK[ConversionSyntax]))
        traps = names(self.traps, _SIGNAL_RANK[ConversionSyntax])
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def clear_flags(self):
        for f in self.flags:
            self.flags[f] = False
        self.__dict__.pop('_invalid_rank', None)

    def clear_traps(self):
        for f in self.traps:
            self.traps[f] = False

    def copy(self):
        c = Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                    dict(self.flags), dict(self.traps))
        if '_invalid_rank' in self.__dict__:
            object.__setattr__(c, '_invalid_rank', self._invalid_rank)
        return c

    __copy__ = copy

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition):
        signal = _SIGNAL_OF.get(condition, condition)
        if signal is InvalidOperation:
            if not self.flags.get(InvalidOperation):
                rank = None
            else:
                # set by hand, the flag stands for every condition
                rank = self.__dict__.get('_invalid_rank', _SIGNAL_RANK[ConversionSyntax])
            if rank is None or _SIGNAL_RANK[condition] < rank:
                object.__setattr__(self, '_invalid_rank', _SIGNAL_RANK[condition])
        self.flags[signal] = True
        if self.traps.get(signal):
            raise signal([condition])

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        if d._special:
            return d
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def _apply(self, a):
        return Decimal(a)._fix(self)

    # arithmetic entry points
    def add(self, a, b):
        return _to_dec(a, True).__add__(b, context=self)

    def subtract(self, a, b):
        return _to_dec(a, True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _to_dec(a, True).__mul__(b, context=self)

    def divide(self, a, b):
        return _to_dec(a, True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _to_dec(a, True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _to_dec(a, True).__mod__(b, context=self)

    def divmod(self, a, b):
        return _to_dec(a, True).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _to_dec(a, True).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return _to_dec(a, True).sqrt(context=self)

    def quantize(self, a, b):
        return _to_dec(a, True).quantize(b, context=self)

    def abs(self, a):
        return _to_dec(a, True).__abs__(context=self)

    def plus(self, a):
        return _to_dec(a, True).__pos__(context=self)

    def minus(self, a):
        return _to_dec(a, True).__neg__(context=self)

    def compare(self, a, b):
        return _to_dec(a, True).compare(b, context=self)

    def normalize(self, a):
        return _to_dec(a, True).normalize(context=self)

    def to_integral_value(self, a):
        return _to_dec(a, True).to_integral_value(context=self)

    def to_sci_string(self, a):
        return str(_to_dec(a, True))

    def to_eng_string(self, a):
        return _to_dec(a, True).to_eng_string()

    def is_zero(self, a):
        return _to_dec(a, True).is_zero()

    def exp(self, a):
        return _to_dec(a, True).exp(context=self)

    def ln(self, a):
        return _to_dec(a, True).ln(context=self)

    def log10(self, a):
        return _to_dec(a, True).log10(context=self)


_contexts = {}


def _ident():
    try:
        import _thread
        return _thread.get_ident()
    except ImportError:
        return 0


def getcontext():
    """The current thread's context."""
    tid = _ident()
    ctx = _contexts.get(tid)
    if ctx is None:
        ctx = DefaultContext.copy()
        _contexts[tid] = ctx
    return ctx


def setcontext(context):
    """Set the current thread's context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _contexts[_ident()] = context


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager running its block with a copy of ctx (the current context by default)."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        setattr(manager.new_context, key, value)
    return manager


# -- Decimal ------------------------------------------------------------------------------

class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""
    __slots__ = ()

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


def _i2s(n):
    """str(n) for a coefficient of any size: the int/str digit limit guards untrusted
    ints, while a Decimal holds as many digits as it was given (as CPython's C one)."""
    try:
        return str(n)
    except ValueError:
        k = _ndigits(n) // 2
        hi, lo = divmod(n, 10 ** k)
        return _i2s(hi) + _i2s(lo).rjust(k, '0')


def _s2i(s):
    """int(s) for a string of decimal digits of any length (see _i2s)."""
    try:
        return int(s)
    except ValueError:
        if len(s) <= 4300:
            raise
        k = len(s) // 2
        return _s2i(s[:-k]) * 10 ** k + _s2i(s[-k:])


def _ndigits(n):
    """Number of decimal digits of the non-negative int n (1 for 0)."""
    if n < 1000000000000000:
        return len(str(n)) if n else 1
    d = (n.bit_length() - 1) * 30103 // 100000
    p = 10 ** (d + 1)
    while p <= n:
        d += 1
        p *= 10
    return d + 1


def _parse_decimal(s):
    """Parse a decimal string; return (sign, coeff, exp) with exp 'F'/'n'/'N' for specials, or None."""
    s = s.strip().replace('_', '') if '_' in s else s.strip()
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    for prefix, code in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload and not (payload.isdigit() and payload.isascii()):
                return None
            return sign, _s2i(payload) if payload else 0, code
    epos = -1
    for i, c in enumerate(low):
        if c == 'e':
            epos = i
            break
    exp = 0
    if epos >= 0:
        es = low[epos + 1:]
        s = low[:epos]
        body = es[1:] if es[:1] in ('+', '-') else es
        if not body or not body.isdigit():
            return None
        exp = int(es)
    intpart, dot, frac = s.partition('.')
    if not intpart and not frac:
        return None
    if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    digits = intpart + frac
    return sign, _s2i(digits), exp - len(frac)


def _pad_inexact(d, context):
    """An inexact result carries the full precision: pad the coefficient with zeros."""
    if d._special or not d._int:
        return d
    n = _ndigits(d._int)
    if n < context.prec:
        # a subnormal result has only the digits down to Etiny
        k = min(context.prec - n, d._exp - context.Etiny())
        if k > 0:
            return Decimal._make(d._sign, d._int * 10 ** k, d._exp - k)
    return d


def _to_dec(value, raising=False):
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if raising:
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
    return NotImplemented


_ROUNDING_MSG = ("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")


def _check_rounding(rounding):
    if rounding not in _ROUNDINGS:
        raise TypeError(_ROUNDING_MSG)
    return rounding


def _round_coeff(sign, coeff, drop, rounding):
    """Drop `drop` (> 0) low digits of coeff; return (new coeff, remainder nonzero)."""
    q, r = divmod(coeff, 10 ** drop)
    if r == 0:
        return q, False
    half = 5 * 10 ** (drop - 1)
    if rounding == ROUND_HALF_EVEN:
        up = r > half or (r == half and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= half
    elif rounding == ROUND_HALF_DOWN:
        up = r > half
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:
        up = q % 10 in (0, 5)
    return (q + 1 if up else q), True


class Decimal(object):
    """Floating-point decimal number: sign, integer coefficient and exponent (or a special)."""
    __weft_tpname__ = 'decimal.Decimal'
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, *args, **kw):
        value, context = _decimal_args(args, kw)
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse_decimal(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise(ConversionSyntax)
                return cls._make(0, 0, 'n')
            self._sign, self._int, self._exp = parsed
            self._special = isinstance(self._exp, str)
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = False
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = value._sign, value._int, value._exp, value._special
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            if context.traps.get(FloatOperation):
                raise FloatOperation([FloatOperation])
            d = cls.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError('sign must be an integer with the value 0 or 1')
            if exp == 'F':
                return cls._make(sign, 0, 'F')
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError('coefficient must be a tuple of digits')
                coeff = coeff * 10 + d
            if exp in ('n', 'N'):
                return cls._make(sign, coeff, exp)
            if not isinstance(exp, int):
                raise ValueError('exponent must be an integer')
            return cls._make(sign, coeff, exp)
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def _make(cls, sign, coeff, exp):
        self = object.__new__(cls)
        self._sign = sign
        self._int = coeff
        self._exp = exp
        self._special = isinstance(exp, str)
        return self

    @classmethod
    def from_float(cls, f):
        """Exact conversion of a float (or int) to Decimal."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls._make(0, 0, 'n')
        if f in (float('inf'), float('-inf')):
            return cls._make(1 if f < 0 else 0, 0, 'F')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1          # d == 2**k
        return cls._make(sign, n * 5 ** k, -k)

    # -- predicates and accessors --
    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special or not self._int:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in _i2s(self._int)) if (self._int or not self._special) else ()
        if self._exp == 'F':
            digits = (0,)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self._int:
            return 0, 1
        n = self._int
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def copy_abs(self):
        return Decimal._make(0, self._int, self._exp)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        other = _to_dec(other, True)
        return Decimal._make(other._sign, self._int, self._exp)

    # -- string conversion --
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        if self._special:
            if self._exp == 'F':
                return sign + 'Infinity'
            name = 'NaN' if self._exp == 'n' else 'sNaN'
            return sign + name + (_i2s(self._int) if self._int else '')
        digits = _i2s(self._int)
        exp = self._exp
        leftdigits = exp + len(digits)
        if exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            expstr = ''
        else:
            capitals = 1 if context is None else context.capitals
            e = leftdigits - dotplace
            expstr = ['e', 'E'][capitals] + ('%+d' % e)
        return sign + intpart + fracpart + expstr

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    # -- rounding to a context --
    def _fix(self, context):
        """Round self to context precision and check the exponent range."""
        if self._special:
            return self
        coeff = self._int
        exp = self._exp
        n = _ndigits(coeff)
        prec = context.prec
        if coeff == 0:
            top = context.Emax - (prec - 1 if context.clamp else 0)
            if exp > top:
                context._raise(Clamped)
                return Decimal._make(self._sign, 0, top)
            if exp < context.Etiny():
                context._raise(Clamped)
                return Decimal._make(self._sign, 0, context.Etiny())
            return self
        etiny = context.Etiny()
        drop = n - prec
        subnormal = exp + n - 1 < context.Emin
        if subnormal:
            context._raise(Subnormal)
            if exp < etiny:
                drop = max(drop, etiny - exp)
        if drop > 0:
            newcoeff, inexact = _round_coeff(self._sign, coeff, drop, context.rounding)
            exp += drop
            if _ndigits(newcoeff) > prec:
                newcoeff //= 10
                exp += 1
            context._raise(Rounded)
            if inexact:
                context._raise(Inexact)
                if subnormal:
                    context._raise(Underflow)
                    if not newcoeff:
                        context._raise(Clamped)
            coeff = newcoeff
        if coeff and exp + _ndigits(coeff) - 1 > context.Emax:
            context._raise(Inexact)
            context._raise(Rounded)
            context._raise(Overflow)
            # rounding towards zero (for the sign) stops at the largest finite number
            r = context.rounding
            if (r in (ROUND_DOWN, ROUND_05UP) or (r == ROUND_CEILING and self._sign)
                    or (r == ROUND_FLOOR and not self._sign)):
                return Decimal._make(self._sign, 10 ** prec - 1, context.Emax - prec + 1)
            return Decimal._make(self._sign, 0, 'F')
        if context.clamp and exp > context.Emax - prec + 1:
            # clamp: the exponent is lowered to Etop and the coefficient padded with zeros
            top = context.Emax - prec + 1
            coeff *= 10 ** (exp - top)
            exp = top
            context._raise(Clamped)
        if coeff == self._int and exp == self._exp:
            return self
        return Decimal._make(self._sign, coeff, exp)

    def _check_nans(self, other, context):
        """Propagate NaNs: return a NaN result, or None."""
        for x in (self, other):
            if x is not None and x._exp == 'N':
                context._raise(InvalidOperation)
                return Decimal._make(x._sign, x._int, 'n')
        for x in (self, other):
            if x is not None and x._exp == 'n':
                return x
        return None

    # -- arithmetic --
    def __add__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._special or other._special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F':
                if other._exp == 'F' and self._sign != other._sign:
                    context._raise(InvalidOperation)
                    return Decimal._make(0, 0, 'n')
                return Decimal(self)
            return Decimal(other)
        exp = min(self._exp, other._exp)
        if not self._int and not other._int:
            if self._sign != other._sign:
                sign = 1 if context.rounding == ROUND_FLOOR else 0
            else:
                sign = self._sign
            return Decimal._make(sign, 0, exp)._fix(context)
        if not self._int:
            exp = max(exp, other._exp - context.prec - 1)
            return Decimal._make(other._sign, other._int * 10 ** (other._exp - exp), exp)._fix(context) \
                if other._exp >= exp else other._fix(context)
        if not other._int:
            exp = max(exp, self._exp - context.prec - 1)
            return Decimal._make(self._sign, self._int * 10 ** (self._exp - exp), exp)._fix(context) \
                if self._exp >= exp else self._fix(context)
        a, b = (self, other) if self._exp >= other._exp else (other, self)
        ac, ae = a._int, a._exp
        bc, be = b._int, b._exp
        # a tiny operand far below the precision window only matters as a sticky digit
        limit = ae + min(-1, _ndigits(ac) - context.prec - 2)
        if be + _ndigits(bc) - 1 < limit:
            bc, be = 1, limit
        ac *= 10 ** (ae - be)
        va = -ac if a._sign else ac
        vb = -bc if b._sign else bc
        total = va + vb
        if total == 0:
            sign = 1 if context.rounding == ROUND_FLOOR else 0
            return Decimal._make(sign, 0, be)._fix(context)
        return Decimal._make(1 if total < 0 else 0, abs(total), be)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        if self.is_nan() or other.is_nan():
            return self._check_nans(other, context or getcontext())
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if (self._exp == 'F' and other.is_zero()) or (other._exp == 'F' and self.is_zero()):
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 'n')
            return Decimal._make(sign, 0, 'F')
        return Decimal._make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F' and other._exp == 'F':
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 'n')
            if self._exp == 'F':
                return Decimal._make(sign, 0, 'F')
            context._raise(Clamped)
            return Decimal._make(sign, 0, context.Etiny())
        if not other._int:
            if not self._int:
                context._raise(DivisionUndefined)
                return Decimal._make(0, 0, 'n')
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 'F')
        ideal = self._exp - other._exp
        if not self._int:
            return Decimal._make(sign, 0, ideal)._fix(context)
        prec = context.prec
        shift = _ndigits(other._int) - _ndigits(self._int) + prec + 1
        exp = ideal - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if coeff % 5 == 0:
                coeff += 1          # sticky digit: the true quotient is not exact
        else:
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return Decimal._make(sign, coeff, exp)._fix(context)

    def __rtruediv__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        return other.__truediv__(self, context=context)

    def _divide(self, other, context):
        """(integer part of self/other, remainder) as Decimals."""
        sign = self._sign ^ other._sign
        ideal = min(self._exp, other._exp)
        if not self._int:
            return Decimal._make(sign, 0, 0), Decimal._make(self._sign, 0, ideal)
        expdiff = self.adjusted() - other.adjusted()
        if expdiff <= -2:
            return Decimal._make(sign, 0, 0), self._rescale(ideal, context.rounding)
        if expdiff <= context.prec:
            a, b = self._int, other._int
            if self._exp >= other._exp:
                a *= 10 ** (self._exp - other._exp)
            else:
                b *= 10 ** (other._exp - self._exp)
            q, r = divmod(a, b)
            if q < 10 ** context.prec:
                return Decimal._make(sign, q, 0), Decimal._make(self._sign, r, ideal)
        context._raise(DivisionImpossible)
        nan = Decimal._make(0, 0, 'n')
        return nan, nan

    def __floordiv__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._special or other._special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F':
                if other._exp == 'F':
                    context._raise(InvalidOperation)
                    return Decimal._make(0, 0, 'n')
                return Decimal._make(self._sign ^ other._sign, 0, 'F')
            return Decimal._make(self._sign ^ other._sign, 0, 0)
        if not other._int:
            if not self._int:
                context._raise(DivisionUndefined)
                return Decimal._make(0, 0, 'n')
            context._raise(DivisionByZero)
            return Decimal._make(self._sign ^ other._sign, 0, 'F')
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._special or other._special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
            if self._exp == 'F':
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 'n')
            return self._fix(context)
        if not other._int:
            context._raise(InvalidOperation if self._int else DivisionUndefined)
            return Decimal._make(0, 0, 'n')
        return self._divide(other, context)[1]._fix(context)

    def __rmod__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if not self._special and not other._special and not other._int and self._int:
            context.flags[InvalidOperation] = True
            context.flags[DivisionByZero] = True
            if context.traps.get(InvalidOperation):
                raise InvalidOperation([InvalidOperation, DivisionByZero])
            if context.traps.get(DivisionByZero):
                raise DivisionByZero([InvalidOperation, DivisionByZero])
            return Decimal._make(self._sign ^ other._sign, 0, 'F'), Decimal._make(0, 0, 'n')
        if self._special or other._special or not other._int:
            return self.__floordiv__(other, context), self.__mod__(other, context)
        q, r = self._divide(other, context)
        return q, r._fix(context)

    def __rdivmod__(self, other, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        return other.__divmod__(self, context=context)

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            return self.copy_negate()
        if not self._int and context.rounding != ROUND_FLOOR:
            return self.copy_abs()._fix(context)
        return self.copy_negate()._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            return Decimal(self)
        if not self._int and context.rounding != ROUND_FLOOR:
            return self.copy_abs()._fix(context)
        return Decimal(self)._fix(context)

    def __abs__(self, round=True, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def __pow__(self, other, modulo=None, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if modulo is not None:
            modulo = _to_dec(modulo, True)
            if (self._special or other._special or modulo._special or not self._is_integral()
                    or not other._is_integral() or not modulo._is_integral() or other._sign
                    or not modulo._int):
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 'n')
            e = int(other)
            r = pow(abs(int(self)), e, abs(int(modulo)))
            return Decimal._make(self._sign if e % 2 else 0, r, 0)
        if self._special or other._special:
            ans = self._check_nans(other, context)
            if ans is not None:
                return ans
        if not self._special and not other._special and not self._int and not other._int:
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 'n')
        if other._special:
            if other._sign:
                return Decimal._make(0, 0, 0) if abs(self) > 1 else Decimal._make(0, 0, 'F')
            return Decimal._make(0, 0, 'F') if abs(self) > 1 else Decimal._make(0, 0, 0)
        if other._is_integral():
            n = int(other)
            if self._special:
                if n == 0:
                    return Decimal(1)
                sign = self._sign if n % 2 else 0
                return Decimal._make(sign, 0, 'F') if n > 0 else Decimal._make(sign, 0, 0)
            sign = self._sign if n % 2 else 0
            if n == 0:
                return Decimal(1)._fix(context)
            if not self._int:
                if n > 0:
                    return Decimal._make(sign, 0, 0)._fix(context)
                # zero to a negative power is an exact infinity: no condition is signalled
                return Decimal._make(sign, 0, 'F')
            c, e = self._int, self._exp
            if n < 0:
                # a power of ten to a negative power is exact: (10**e) ** n == 10**(e*n)
                while c % 10 == 0:
                    c //= 10
                    e += 1
            if c == 1:
                e *= n
                if e < context.Etiny() - 2:
                    e = context.Etiny() - 2  # as small, and rounds the same
                elif e > context.Emax + 2:
                    e = context.Emax + 2
                return Decimal._make(sign, 1, e)._fix(context)
            if abs(n) * _ndigits(self._int) <= 4 * context.prec + 100 or abs(n) < 64:
                if n > 0:
                    return Decimal._make(sign, self._int ** n, self._exp * n)._fix(context)
                denom = Decimal._make(0, self._int ** -n, self._exp * -n)
                return Decimal._make(sign, 1, 0).__truediv__(denom, context)
        if not self._special and not self._int:
            # zero to a non-integral power: an exact 0 or infinity, with no condition
            return Decimal._make(0, 0, 'F') if other._sign else Decimal._make(0, 0, 0)
        negate = False
        if self._sign and not self.is_zero():
            if not other._is_integral():
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 'n')
            # an integral power too large to compute exactly: |self| ** n, signed by n's parity
            negate = int(other) % 2 == 1
        if not self._special and self._int and self._cmp_key(Decimal(1)) == 0:
            context._raise(Inexact)
            context._raise(Rounded)
            return Decimal._make(0, 10 ** (context.prec - 1), 1 - context.prec)
        # general case: exp(other * ln(self)) with guard digits
        with localcontext(context) as ctx:
            ctx.prec = context.prec + 12
            ctx.traps[Inexact] = False
            r = (other * self.copy_abs().ln(context=ctx)).exp(context=ctx)
            if negate:
                r = r.copy_negate()
        res = _pad_inexact(Decimal(r)._fix(context), context)
        context._raise(Inexact)
        context._raise(Rounded)
        return res

    def __rpow__(self, other, modulo=None, context=None):
        other = _to_dec(other)
        if other is NotImplemented:
            return other
        return other.__pow__(self, modulo, context=context)

    def _is_integral(self):
        if self._special:
            return False
        if self._exp >= 0:
            return True
        return self._int % 10 ** -self._exp == 0

    def sqrt(self, context=None):
        """Square root, correctly rounded to the context precision."""
        if context is None:
            context = getcontext()
        if self._special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            if self._sign:
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 'n')
            return Decimal(self)
        ideal = self._exp // 2
        if not self._int:
            return Decimal._make(self._sign, 0, ideal)._fix(context)
        if self._sign:
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 'n')
        prec = context.prec
        c = self._int
        e = self._exp
        if e & 1:
            c *= 10
            e -= 1
        shift = max(0, prec + 1 - (_ndigits(c) + 1) // 2)
        c2 = c * 10 ** (2 * shift)
        r = _math.isqrt(c2)
        exp = e // 2 - shift
        if r * r == c2:
            while exp < ideal and r % 10 == 0:
                r //= 10
                exp += 1
        elif r % 5 == 0:
            r += 1
        with localcontext(context) as ctx:
            ctx.rounding = ROUND_HALF_EVEN
            ans = Decimal._make(0, r, exp)._fix(ctx)
        if r * r != c2 or ans._int != r:
            context._raise(Rounded)
            if r * r != c2:
                context._raise(Inexact)
        return ans

    def exp(self, context=None):
        """e ** self (to the context precision)."""
        if context is None:
            context = getcontext()
        if self._special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            return Decimal._make(0, 0, 0) if self._sign else Decimal(self)
        if not self._int:
            return Decimal(1)
        # Far beyond the exponent range e**x is certain to overflow or to underflow to
        # zero: round such a stand-in (which signals as the true result would) instead
        # of computing e**x to millions of digits.
        ln10 = 2.302585092994046
        if float(self.copy_abs()) > (context.Emax + 2) * ln10 and not self._sign:
            return Decimal._make(0, 1, context.Emax + 2)._fix(context)
        if float(self.copy_abs()) > (2 - context.Etiny()) * ln10 and self._sign:
            # zero at Etiny whatever the rounding (as libmpdec's exp)
            context._raise(Inexact)
            context._raise(Rounded)
            return Decimal._make(0, 0, context.Etiny())
        if self._sign:
            # e**-x = 1 / e**x, keeping relative precision for tiny results
            with localcontext(context) as ctx:
                ctx.prec = context.prec + 10
                ctx.traps[Inexact] = False
                ctx.traps[Underflow] = False
                # e**|x| may lie past Emax while e**x is still a subnormal
                ctx.Emax = max(context.Emax, context.prec + 12 - context.Etiny())
                big = self.copy_abs().exp(context=ctx)
                inv = Decimal(1).__truediv__(big, context=ctx)
            out = _pad_inexact(inv._fix(context), context)
            context._raise(Inexact)
            context._raise(Rounded)
            return out
        w = context.prec + 15
        # fixed point with w fractional digits; reduce the argument by halving
        num, den = self.as_integer_ratio()
        scale = 10 ** w
        x = num * scale // den
        k = 0
        while abs(x) > scale // 2:
            x //= 2
            k += 1
        term = scale
        total = scale
        i = 1
        while term:
            term = term * x // (scale * i)
            total += term
            i += 1
        for _ in range(k):
            total = total * total // scale
        res = Decimal._make(0, total, -w)
        with localcontext(context) as ctx:
            ctx.traps[Inexact] = False
            out = _pad_inexact(res._fix(ctx), context)
        context._raise(Inexact)
        context._raise(Rounded)
        return out

    def ln(self, context=None):
        """Natural logarithm (to the context precision)."""
        if context is None:
            context = getcontext()
        if self._special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            if self._sign:
                context._raise(InvalidOperation)
                return Decimal._make(0, 0, 'n')
            return Decimal(self)
        if not self._int:
            return Decimal._make(1, 0, 'F')
        if self._sign:
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 'n')
        if self._exp <= 0 and self._int == 10 ** -self._exp:
            # ln(1) is an exact 0 however the 1 is written (1.00 too)
            return Decimal(0)
        adj = self.adjusted()
        w = context.prec + 15 + len(str(abs(adj)))
        scale = 10 ** w
        # self = m * 10**adj with 1 <= m < 10, and m = num/den
        num = self._int
        shift = self._exp - adj
        if shift >= 0:
            num *= 10 ** shift
            den = 1
        else:
            den = 10 ** -shift

        def atanh_series(p, q):
            # 2 * atanh(p/q) in fixed point (odd function: work with |p|)
            neg = p < 0
            y = abs(p) * scale // q
            y2 = y * y // scale
            term = y
            total = y
            n = 1
            while term:
                term = term * y2 // scale
                n += 2
                total += term // n
            return -2 * total if neg else 2 * total

        def ln_ratio(num, den):
            # m * 2**k with m in [0.75, 1.5): ln = ln m + k ln 2
            k = 0
            while num * 4 < den * 3:
                num *= 2
                k -= 1
            while num * 2 >= den * 3:
                den *= 2
                k += 1
            return atanh_series(num - den, num + den) + k * atanh_series(1, 3)
        total = ln_ratio(num, den)
        if adj:
            total += adj * ln_ratio(10, 1)
        res = Decimal._make(1 if total < 0 else 0, abs(total), -w)
        with localcontext(context) as ctx:
            ctx.traps[Inexact] = False
            out = _pad_inexact(res._fix(ctx), context)
        context._raise(Inexact)
        context._raise(Rounded)
        return out

    def log10(self, context=None):
        """Base-10 logarithm (exact for powers of ten)."""
        if context is None:
            context = getcontext()
        if not self._special and self._int and not self._sign:
            s = _i2s(self._int)
            if s.strip('0') == '1' and s.startswith('1'):
                return Decimal(self._exp + len(s) - 1)
        with localcontext(context) as ctx:
            ctx.prec = context.prec + 10
            ctx.traps[Inexact] = False
            r = self.ln(context=ctx) / Decimal(10).ln(context=ctx)
        return _pad_inexact(r._fix(context), context)

    # -- rescaling --
    def _rescale(self, exp, rounding):
        if self._special:
            return Decimal(self)
        if not self._int:
            return Decimal._make(self._sign, 0, exp)
        if self._exp >= exp:
            return Decimal._make(self._sign, self._int * 10 ** (self._exp - exp), exp)
        drop = exp - self._exp
        coeff, _ = _round_coeff(self._sign, self._int, drop, rounding)
        return Decimal._make(self._sign, coeff, exp)

    def quantize(self, exp, rounding=None, context=None):
        """Round self to the exponent of exp."""
        exp = _to_dec(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        else:
            _check_rounding(rounding)
        if self._special or exp._special:
            ans = self._check_nans(exp, context)
            if ans is not None:
                return ans
            if self._exp == 'F' and exp._exp == 'F':
                return Decimal(self)
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 'n')
        if not (context.Etiny() <= exp._exp <= context.Emax):
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 'n')
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax or _ndigits(ans._int) > context.prec:
            context._raise(InvalidOperation)
            return Decimal._make(0, 0, 'n')
        if ans._exp > self._exp:
            if ans != self:
                context._raise(Inexact)
            context._raise(Rounded)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        """Round to an integer-valued Decimal (exponent 0) without signalling Inexact."""
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        else:
            _check_rounding(rounding)
        if self._special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        ans = self.to_integral_value(rounding, context)
        if not self._special and ans != self:
            context._raise(Inexact)
            context._raise(Rounded)
        return ans

    def normalize(self, context=None):
        """Reduce to the simplest form: strip trailing zeros (zero becomes 0)."""
        if context is None:
            context = getcontext()
        if self._special:
            ans = self._check_nans(None, context)
            if ans is not None:
                return ans
            return Decimal(self)
        dup = self._fix(context)
        if dup._special:
            return dup
        if not dup._int:
            return Decimal._make(dup._sign, 0, 0)
        coeff, exp = dup._int, dup._exp
        top = context.Emax - (context.prec - 1 if context.clamp else 0)
        while coeff % 10 == 0 and exp < top:
            coeff //= 10
            exp += 1
        return Decimal._make(dup._sign, coeff, exp)

    def scaleb(self, other, context=None):
        other = _to_dec(other, True)
        if context is None:
            context = getcontext()
        if self._special:
            return Decimal(self)
        return Decimal._make(self._sign, self._int, self._exp + int(other))._fix(context)

    def fma(self, other, third, context=None):
        other = _to_dec(other, True)
        third = _to_dec(third, True)
        if context is None:
            context = getcontext()
        exact = Context(prec=10 ** 9, Emin=MIN_EMIN, Emax=MAX_EMAX)
        product = self.__mul__(other, context=exact)
        return product.__add__(third, context=context)

    # -- comparisons --
    def _cmp_key(self, other):
        """Compare finite/infinite values: -1, 0, 1."""
        if self._special or other._special:
            a = 0 if not self._special else (1 if not self._sign else -1)
            b = 0 if not other._special else (1 if not other._sign else -1)
            if a == b:
                return 0
            if a:
                return a
            return -b
        if not self._int:
            if not other._int:
                return 0
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        flip = -1 if self._sign else 1
        a1 = self.adjusted()
        a2 = other.adjusted()
        if a1 != a2:
            return flip if a1 > a2 else -flip
        e = min(self._exp, other._exp)
        c1 = self._int * 10 ** (self._exp - e)
        c2 = other._int * 10 ** (other._exp - e)
        return flip * ((c1 > c2) - (c1 < c2))

    def _convert_for_compare(self, other, equality):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            ctx = getcontext()
            ctx.flags[FloatOperation] = True
            if not equality and ctx.traps.get(FloatOperation):
                raise FloatOperation([FloatOperation])
            return Decimal.from_float(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            return self._convert_for_compare(other.real, equality)
        try:
            from fractions import Fraction
        except ImportError:
            Fraction = None
        if Fraction is not None and isinstance(other, Fraction):
            return other
        return NotImplemented

    def _compare_fraction(self, frac):
        if self._special:
            return 1 if not self._sign else -1
        n, d = self.as_integer_ratio()
        lhs = n * frac.denominator
        rhs = frac.numerator * d
        return (lhs > rhs) - (lhs < rhs)

    def __eq__(self, other):
        other = self._convert_for_compare(other, True)
        if other is NotImplemented:
            return other
        if self.is_snan() or (isinstance(other, Decimal) and other.is_snan()):
            getcontext()._raise(InvalidOperation)
            return False
        if not isinstance(other, Decimal):
            return not self.is_nan() and self._compare_fraction(other) == 0
        if self.is_nan() or other.is_nan():
            return False
        return self._cmp_key(other) == 0

    def _order(self, other):
        other = self._convert_for_compare(other, False)
        if other is NotImplemented:
            return other
        if not isinstance(other, Decimal):
            if self.is_nan():
                getcontext()._raise(InvalidOperation)
                return None
            return self._compare_fraction(other)
        if self.is_nan() or other.is_nan():
            getcontext()._raise(InvalidOperation)
            return None
        return self._cmp_key(other)

    def __lt__(self, other):
        r = self._order(other)
        return r if r is NotImplemented else (r is not None and r < 0)

    def __le__(self, other):
        r = self._order(other)
        return r if r is NotImplemented else (r is not None and r <= 0)

    def __gt__(self, other):
        r = self._order(other)
        return r if r is NotImplemented else (r is not None and r > 0)

    def __ge__(self, other):
        r = self._order(other)
        return r if r is NotImplemented else (r is not None and r >= 0)

    def compare(self, other, context=None):
        """Decimal('-1'), Decimal('0') or Decimal('1') (NaN if either is a NaN)."""
        other = _to_dec(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            return self._check_nans(other, context)
        return Decimal(self._cmp_key(other))

    def _minmax(self, other, context, want_max):
        other = _to_dec(other, True)
        if context is None:
            context = getcontext()
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan():
                return self._check_nans(other, context)
            if self.is_nan() and other.is_nan():
                return self
            return (other if self.is_nan() else self)._fix(context)
        c = self._cmp_key(other)
        if c == 0:
            c = self._sign_order(other)
        pick = other if (c < 0) == want_max else self
        return pick._fix(context)

    def _sign_order(self, other):
        # equal values: positive sign / larger exponent count as larger
        if self._sign != other._sign:
            return -1 if self._sign else 1
        if self._exp == other._exp:
            return 0
        r = 1 if self._exp > other._exp else -1
        return -r if self._sign else r

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = _sys.hash_info.modulus
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        hash_ = self._int * exp_hash % modulus
        ans = -hash_ if self._sign else hash_
        return -2 if ans == -1 else ans

    # -- conversions --
    def __bool__(self):
        return self._special or self._int != 0

    def __int__(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        s = -1 if self._sign else 1
        if self._exp >= 0:
            return s * self._int * 10 ** self._exp
        return s * (self._int // 10 ** -self._exp)

    __trunc__ = __int__

    def __float__(self):
        if self._special:
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            if self.is_nan():
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def _int_check(self):
        if self._special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")

    def __floor__(self):
        self._int_check()
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        self._int_check()
        return int(self._rescale(0, ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            exp = Decimal._make(0, 1, -n)
            return self.quantize(exp)
        self._int_check()
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __format__(self, specifier, context=None):
        """Format with a (basic) format spec: [[fill]align][sign][0][width][,][.prec][eEfFgG%]."""
        if context is None:
            context = getcontext()
        spec = _parse_spec(specifier)
        t = spec['type']
        prec = spec['precision']
        if self._special:
            body = str(self.copy_abs()) + ('%' if t == '%' else '')
            sign = self._sign
        else:
            d = self.copy_abs()
            if t == '%':
                d = Decimal._make(0, d._int, d._exp + 2)
            if t in ('f', 'F', '%'):
                if prec is not None:
                    d = d._rescale(-prec, context.rounding)
                body = _fixed_string(d)
            elif t in ('e', 'E') and not d._int and prec is not None:
                body = '0' + ('.' + '0' * prec if prec else '') + t + '%+d' % (d._exp + prec)
            elif t in ('e', 'E'):
                if prec is not None:
                    n = _ndigits(d._int)
                    d = d._rescale(d._exp + n - 1 - prec, context.rounding) if d._int else \
                        Decimal._make(0, 0, d._exp)
                    if _ndigits(d._int) > prec + 1:
                        d = d._rescale(d._exp + 1, context.rounding)
                body = _sci_string(d, t)
            elif t in ('g', 'G') or t is None:
                if prec is not None and d._int and _ndigits(d._int) > max(prec, 1):
                    p = max(prec, 1)
                    d = d._rescale(d._exp + _ndigits(d._int) - p, context.rounding)
                    if _ndigits(d._int) > p:
                        d = d._rescale(d._exp + 1, context.rounding)
                body = str(d)
                if t == 'g':
                    body = body.replace('E', 'e')
                if t is None and spec['thousands']:
                    body = str(d)
            else:
                raise ValueError("invalid format string")
            if t == '%':
                body += '%'
            sign = self._sign
            if sign and spec['z']:
                mant = body.lower().partition('e')[0]
                if not any(c in '123456789' for c in mant):
                    sign = 0
        signstr = '-' if sign else ('+' if spec['sign'] == '+' else (' ' if spec['sign'] == ' ' else ''))
        if self._special:
            if spec['zero']:
                # The '0' flag pads an infinity or a NaN with spaces, on the left.
                spec = dict(spec, fill=' ', align='>')
        elif spec['thousands']:
            body = _group_digits(signstr, body, spec)
        return _pad(signstr, body, spec)


def _parse_spec(spec):
    out = {'fill': ' ', 'align': None, 'sign': '-', 'z': False, 'zero': False, 'width': 0, 'thousands': '',
           'precision': None, 'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        out['fill'] = spec[0]
        out['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        out['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        out['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        out['z'] = True
        i += 1
    if i < n and spec[i] == '0':
        # The '0' flag implies an alignment of its own, so it cannot follow an explicit one.
        if out['align'] is not None:
            raise ValueError("invalid format string")
        out['zero'] = True
        out['fill'] = '0'
        out['align'] = '='
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    if j > i:
        out['width'] = int(spec[i:j])
    i = j
    if i < n and spec[i] == ',':
        out['thousands'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise ValueError("invalid format string")
        out['precision'] = int(spec[i + 1:j])
        i = j
    if i < n:
        out['type'] = spec[i]
        i += 1
    if i != n or (out['type'] == 'n' and out['thousands']):
        raise ValueError("invalid format string")
    if out['type'] == 'n':
        out['type'] = 'g'
    return out


def _group_digits(signstr, body, spec):
    """Insert thousands separators into the integer digits of body (those before '.', 'e'
    or '%'). With the '0' flag the zeros padding to the width are grouped as well: a
    separator counts towards the width, and the padding completes the group it starts
    in, so the result can exceed the width by one character (as CPython's does)."""
    n = 0
    while n < len(body) and body[n].isdigit():
        n += 1
    intpart, rest = body[:n], body[n:]
    sep = spec['thousands']
    groups = []
    while len(intpart) > 3:
        groups.append(intpart[-3:])
        intpart = intpart[:-3]
    groups.append(intpart)
    if spec['zero']:
        width = spec['width'] - len(signstr) - len(rest)
        used = len(sep) * (len(groups) - 1) + sum(len(g) for g in groups)
        while used < width:
            # top up the leftmost group, then open a new one behind a separator
            if len(groups[-1]) < 3:
                take = min(3 - len(groups[-1]), width - used)
                groups[-1] = '0' * take + groups[-1]
                used += take
            else:
                groups.append('')
                used += len(sep)
                if used >= width:
                    # a separator never starts the result: one zero follows it
                    groups[-1] = '0'
                    used += 1
    return sep.join(reversed(groups)) + rest


def _decimal_args(args, kw):
    """Decimal(value="0", context=None)'s arguments, with CPython's messages."""
    if len(args) + len(kw) > 2:
        raise TypeError('function takes at most 2 arguments (%d given)' % (len(args) + len(kw)))
    vals = list(args) + [_MISSING] * (2 - len(args))
    for i, name in enumerate(('value', 'context')):
        if name in kw:
            if i < len(args):
                raise TypeError("argument for function given by name ('%s') and position (%d)"
                                % (name, i + 1))
            vals[i] = kw[name]
    for k in kw:
        if k not in ('value', 'context'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    value = '0' if vals[0] is _MISSING else vals[0]
    context = None if vals[1] is _MISSING else vals[1]
    if context is not None and not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return value, context


_MISSING = object()


def _fixed_string(d):
    digits = _i2s(d._int)
    if d._exp >= 0:
        return digits + '0' * d._exp if d._int else '0'
    k = -d._exp
    if len(digits) <= k:
        digits = '0' * (k - len(digits) + 1) + digits
    return digits[:-k] + '.' + digits[-k:]


def _sci_string(d, t):
    digits = _i2s(d._int)
    adj = d._exp + len(digits) - 1
    body = digits[0] + ('.' + digits[1:] if len(digits) > 1 else '')
    return body + t + ('%+d' % adj)


def _pad(sign, body, spec):
    width = spec['width']
    align = spec['align'] or '>'
    fill = spec['fill']
    total = len(sign) + len(body)
    if total >= width:
        return sign + body
    padn = width - total
    if align == '<':
        return sign + body + fill * padn
    if align == '^':
        left = padn // 2
        return fill * left + sign + body + fill * (padn - left)
    if align == '=':
        return sign + fill * padn + body
    return fill * padn + sign + body


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                         clamp=0, traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow,
                                                               InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])

import numbers as _numbers
_numbers.Number.register(Decimal)
del _numbers

from _decimal_more import _install as _install_more
_install_more(globals())
del _install_more
