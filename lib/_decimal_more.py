"""The less common Decimal and Context operations of the decimal module (total ordering,
logical and digit-shifting operations, next_plus/next_minus, remainder_near, number_class),
installed onto decimal.Decimal and decimal.Context by decimal itself.
https://docs.python.org/3.11/library/decimal.html#decimal-objects
"""


def _install(ns):
    Decimal = ns['Decimal']
    Context = ns['Context']
    getcontext = ns['getcontext']
    to_dec = ns['_to_dec']
    ndigits = ns['_ndigits']
    _i2s = ns['_i2s']
    _s2i = ns['_s2i']
    InvalidOperation = ns['InvalidOperation']
    DivisionByZero = ns['DivisionByZero']
    DivisionImpossible = ns['DivisionImpossible']
    DivisionUndefined = ns['DivisionUndefined']
    ROUND_CEILING = ns['ROUND_CEILING']
    make = Decimal._make

    def ctx_of(context):
        return getcontext() if context is None else context

    def invalid(context):
        context._raise(InvalidOperation)
        return make(0, 0, 'n')

    def radix(self):
        return Decimal(10)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_subnormal(self, context=None):
        if self._special or not self._int:
            return False
        return self.adjusted() < ctx_of(context).Emin

    def same_quantum(self, other, context=None):
        other = to_dec(other, True)
        if self._special or other._special:
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def number_class(self, context=None):
        context = ctx_of(context)
        if self.is_snan():
            return 'sNaN'
        if self.is_qnan():
            return 'NaN'
        s = '-' if self._sign else '+'
        if self.is_infinite():
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        if self.adjusted() < context.Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def logb(self, context=None):
        context = ctx_of(context)
        if self.is_nan():
            return self._check_nans(None, context)
        if self.is_infinite():
            return make(0, 0, 'F')
        if not self._int:
            context._raise(DivisionByZero)
            return make(1, 0, 'F')
        return Decimal(self.adjusted())._fix(context)

    def logical_digits(d, context):
        if d._special or d._sign or d._exp != 0 or set(_i2s(d._int)) - set('01'):
            return None
        s = _i2s(d._int)
        if len(s) > context.prec:
            return None
        return s.rjust(context.prec, '0')

    def logical(op):
        def method(self, other, context=None):
            context = ctx_of(context)
            other = to_dec(other, True)
            a = logical_digits(self, context)
            b = logical_digits(other, context)
            if a is None or b is None:
                return invalid(context)
            out = ''.join(op(x == '1', y == '1') and '1' or '0' for x, y in zip(a, b))
            return make(0, _s2i(out), 0)
        return method

    def logical_invert(self, context=None):
        context = ctx_of(context)
        a = logical_digits(self, context)
        if a is None:
            return invalid(context)
        return make(0, _s2i(''.join('0' if x == '1' else '1' for x in a)), 0)

    def mag(want_max):
        def method(self, other, context=None):
            context = ctx_of(context)
            other = to_dec(other, True)
            if self.is_nan() or other.is_nan():
                return self.max(other, context) if want_max else self.min(other, context)
            c = self.copy_abs()._cmp_key(other.copy_abs())
            if c == 0:
                return self.max(other, context) if want_max else self.min(other, context)
            pick = self if (c > 0) == want_max else other
            return pick._fix(context)
        return method

    def next_plus(self, context=None):
        context = ctx_of(context)
        if self.is_nan():
            return self._check_nans(None, context)
        prec = context.prec
        if self.is_infinite():
            if not self._sign:
                return self
            return make(1, 10 ** prec - 1, context.Etop())
        if not self._int:
            return make(0, 1, context.Etiny())
        coeff, exp = self._int, self._exp
        n = ndigits(coeff)
        if n > prec:
            ceil_ctx = context.copy()
            ceil_ctx.rounding = ROUND_CEILING
            ceil_ctx.traps = {}
            r = self._fix(ceil_ctx)
            if r._special or r._cmp_key(self) != 0:
                return r
            coeff, exp = r._int, r._exp
            n = ndigits(coeff)
        pad = min(prec - n, exp - context.Etiny())
        if pad > 0:
            coeff *= 10 ** pad
            exp -= pad
        if not self._sign:
            coeff += 1
            if coeff == 10 ** prec:
                coeff //= 10
                exp += 1
            if exp + ndigits(coeff) - 1 > context.Emax:
                return make(0, 0, 'F')
            return make(0, coeff, exp)
        coeff -= 1
        if coeff == 10 ** (prec - 1) - 1 and exp > context.Etiny():
            coeff = 10 ** prec - 1
            exp -= 1
        return make(1, coeff, exp)

    def next_minus(self, context=None):
        context = ctx_of(context)
        if self.is_nan():
            return self._check_nans(None, context)
        return next_plus(self.copy_negate(), context).copy_negate()

    def next_toward(self, other, context=None):
        context = ctx_of(context)
        other = to_dec(other, True)
        if self.is_nan() or other.is_nan():
            return self._check_nans(other, context)
        c = self._cmp_key(other)
        if c == 0:
            return self.copy_sign(other)
        return next_plus(self, context) if c < 0 else next_minus(self, context)

    def remainder_near(self, other, context=None):
        context = ctx_of(context)
        other = to_dec(other, True)
        if self.is_nan() or other.is_nan():
            return self._check_nans(other, context)
        if self.is_infinite():
            return invalid(context)
        if other.is_infinite():
            return Decimal(self)._fix(context)
        if not other._int:
            if self._int:
                return invalid(context)
            # 0 by 0 is its own condition, as for %
            context._raise(DivisionUndefined)
            return make(0, 0, 'n')
        e = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - e) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - e) * (-1 if other._sign else 1)
        q, r = divmod(a, b)
        # divmod floors; move to the nearest quotient, ties to even
        twice = 2 * abs(r)
        if twice > abs(b) or (twice == abs(b) and q % 2):
            q += 1
            r -= b
        if q and ndigits(abs(q)) > context.prec:
            context._raise(DivisionImpossible)
            return make(0, 0, 'n')
        sign = self._sign if r == 0 else (1 if r < 0 else 0)
        return make(sign, abs(r), e)._fix(context)

    def shift_arg(other, context):
        other = to_dec(other, True)
        if other._special or other._exp != 0 or other._int > context.prec:
            return None
        return -other._int if other._sign else other._int

    def shift(self, other, context=None):
        context = ctx_of(context)
        n = shift_arg(other, context)
        if self.is_nan() or (isinstance(other, Decimal) and other.is_nan()):
            return self._check_nans(to_dec(other, True), context)
        if n is None:
            return invalid(context)
        if self.is_infinite():
            return Decimal(self)
        mod = 10 ** context.prec
        c = self._int % mod
        coeff = (c * 10 ** n) % mod if n >= 0 else c // 10 ** -n
        return make(self._sign, coeff, self._exp)

    def rotate(self, other, context=None):
        context = ctx_of(context)
        n = shift_arg(other, context)
        if self.is_nan() or (isinstance(other, Decimal) and other.is_nan()):
            return self._check_nans(to_dec(other, True), context)
        if n is None:
            return invalid(context)
        if self.is_infinite():
            return Decimal(self)
        prec = context.prec
        s = _i2s(self._int)[-prec:].rjust(prec, '0')
        n %= prec
        s = s[n:] + s[:n]
        return make(self._sign, _s2i(s), self._exp)

    def total_rank(d):
        # -NaN < -sNaN < -Inf < finite < +Inf < sNaN < NaN
        if d.is_qnan():
            r = 3
        elif d.is_snan():
            r = 2
        elif d.is_infinite():
            r = 1
        else:
            r = 0
        return -r if d._sign else r

    def compare_total(self, other, context=None):
        other = to_dec(other, True)
        ra, rb = total_rank(self), total_rank(other)
        if ra != rb:
            return Decimal(-1 if ra < rb else 1)
        if ra in (2, 3, -2, -3):
            c = (self._int > other._int) - (self._int < other._int)
            return Decimal(-c if self._sign else c)
        if ra:
            return Decimal(0)
        c = self._cmp_key(other)
        if c == 0:
            if self._sign != other._sign:
                c = -1 if self._sign else 1
            else:
                c = (self._exp > other._exp) - (self._exp < other._exp)
                if self._sign:
                    c = -c
        return Decimal(c)

    def compare_total_mag(self, other, context=None):
        other = to_dec(other, True)
        return compare_total(self.copy_abs(), other.copy_abs())

    def compare_signal(self, other, context=None):
        context = ctx_of(context)
        other = to_dec(other, True)
        if self.is_nan() or other.is_nan():
            if self.is_snan() or other.is_snan():
                return self._check_nans(other, context)
            context._raise(InvalidOperation)
            return self if self.is_nan() else other
        return self.compare(other, context)

    new = {
        'radix': radix, 'canonical': canonical, 'is_canonical': is_canonical,
        'is_subnormal': is_subnormal, 'same_quantum': same_quantum,
        'number_class': number_class, 'logb': logb,
        'logical_and': logical(lambda x, y: x and y), 'logical_or': logical(lambda x, y: x or y),
        'logical_xor': logical(lambda x, y: x != y), 'logical_invert': logical_invert,
        'max_mag': mag(True), 'min_mag': mag(False), 'next_plus': next_plus,
        'next_minus': next_minus, 'next_toward': next_toward, 'remainder_near': remainder_near,
        'shift': shift, 'rotate': rotate, 'compare_total': compare_total,
        'compare_total_mag': compare_total_mag, 'compare_signal': compare_signal,
    }
    for name, fn in new.items():
        fn.__name__ = name
        fn.__qualname__ = 'Decimal.' + name
        setattr(Decimal, name, fn)

    def ctx_method(name, nargs, takes_context):
        def method(self, *args):
            if len(args) != nargs:
                raise TypeError('%s() takes exactly %d argument%s (%d given)'
                                % (name, nargs, '' if nargs == 1 else 's', len(args)))
            a = to_dec(args[0], True)
            rest = [to_dec(x, True) for x in args[1:]]
            if takes_context:
                return getattr(a, name)(*rest, context=self)
            return getattr(a, name)(*rest)
        method.__name__ = name
        method.__qualname__ = 'Context.' + name
        return method

    one_ctx = ['is_subnormal', 'number_class', 'logb', 'logical_invert', 'next_plus',
               'next_minus', 'is_normal', 'to_integral_exact', 'to_integral_value']
    one_plain = ['canonical', 'is_canonical', 'copy_abs', 'copy_negate', 'is_finite',
                 'is_infinite', 'is_nan', 'is_qnan', 'is_signed', 'is_snan']
    two_ctx = ['logical_and', 'logical_or', 'logical_xor', 'max', 'min', 'max_mag', 'min_mag',
               'next_toward', 'remainder_near', 'rotate', 'shift', 'scaleb', 'compare_signal',
               'same_quantum']
    two_plain = ['compare_total', 'compare_total_mag', 'copy_sign']
    for names, n, c in ((one_ctx, 1, True), (one_plain, 1, False), (two_ctx, 2, True),
                        (two_plain, 2, False)):
        for name in names:
            if not hasattr(Context, name):
                setattr(Context, name, ctx_method(name, n, c))
    if not hasattr(Context, 'fma'):
        def fma(self, a, b, c):
            return to_dec(a, True).fma(b, c, context=self)
        Context.fma = fma
    if not hasattr(Context, 'to_integral'):
        Context.to_integral = Context.to_integral_value
    if not hasattr(Context, 'copy_decimal'):
        def copy_decimal(self, a):
            return Decimal(to_dec(a, True))
        Context.copy_decimal = copy_decimal
    if not hasattr(Context, 'radix'):
        def ctx_radix(self):
            return Decimal(10)
        Context.radix = ctx_radix
