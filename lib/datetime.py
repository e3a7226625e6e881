"""weft's datetime module: dates, times, datetimes, time deltas and fixed-offset time zones.
https://docs.python.org/3.11/library/datetime.html"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_acc = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_acc)
    _acc += _dim
del _acc, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # estimate the year from the mean Gregorian year length, then correct it
    year = (n - 1) * 400 // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    doy = n - _days_before_year(year)          # 1-based day of the year
    leap = _is_leap(year)
    month = (doy + 50) >> 5                    # a guess that is right or one too big
    if month > 12:
        month = 12
    while _DAYS_BEFORE_MONTH[month] + (month > 2 and leap) >= doy:
        month -= 1
    return year, month, doy - _DAYS_BEFORE_MONTH[month] - (month > 2 and leap)


def _index(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return value.__index__()
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None


_NOARG = object()


def _parse_args(fname, args, kw, names, nmin, npos, nconv):
    """Bind a constructor's arguments as CPython's C argument parser does, with its
    messages: argument counts first, then each parameter in order (the first nconv
    converted as C ints, a missing required one reported), then stray keywords.
    Absent optional arguments come back as _NOARG."""
    nargs = len(args)
    total = nargs + len(kw)
    n = len(names)
    fn = fname + '()' if fname else 'function'
    if total > n:
        raise TypeError('%s takes at most %d %sargument%s (%d given)'
                        % (fn, n, '' if nargs else 'keyword ', '' if n == 1 else 's', total))
    if nargs > npos:
        raise TypeError('%s takes %s %d positional argument%s (%d given)'
                        % (fn, 'exactly' if nmin == npos else 'at most', npos,
                           '' if npos == 1 else 's', nargs))
    out = []
    used = 0
    for i in range(n):
        if i < nargs:
            v = args[i]
        elif names[i] in kw:
            v = kw[names[i]]
            used += 1
        elif i < nmin:
            raise TypeError("%s missing required argument '%s' (pos %d)" % (fn, names[i], i + 1))
        else:
            out.append(_NOARG)
            continue
        out.append(_index(v) if i < nconv else v)
    if used < len(kw):
        for k in kw:
            if k not in names:
                raise TypeError("'%s' is an invalid keyword argument for %s"
                                % (k, fname + '()' if fname else 'this function'))
            if names.index(k) < nargs:
                raise TypeError("argument for %s given by name ('%s') and position (%d)"
                                % (fn, k, names.index(k) + 1))
    return out


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj):
    cls = type(obj)
    if cls in _OWN_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset ('' for None)."""
    if off is None:
        return ''
    if off.days < 0:
        sign = '-'
        off = -off
    else:
        sign = '+'
    mm, ss = divmod(off.seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


# -- strftime --------------------------------------------------------------------

def _strftime(fmt, y, m, d, hh, mi, ss, us, obj, tzsrc):
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    wd = (_ymd2ord(y, m, d) + 6) % 7          # Monday == 0
    yday = _days_before_month(y, m) + d        # 1-based
    while i < n:
        j = fmt.find('%', i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        i = j + 1
        if i >= n:
            out.append('%')
            break
        c = fmt[i]
        i += 1
        pad = True
        if c == '-' and i < n:
            pad = False
            c = fmt[i]
            i += 1
        out.append(_directive(c, pad, y, m, d, hh, mi, ss, us, wd, yday, tzsrc))
    return ''.join(out)


def _num(v, width, pad, fill='0'):
    if not pad:
        return str(v)
    s = str(v)
    if len(s) < width:
        s = fill * (width - len(s)) + s
    return s


def _directive(c, pad, y, m, d, hh, mi, ss, us, wd, yday, tzsrc):
    if c == 'Y':
        return str(y)
    if c == 'm':
        return _num(m, 2, pad)
    if c == 'd':
        return _num(d, 2, pad)
    if c == 'H':
        return _num(hh, 2, pad)
    if c == 'M':
        return _num(mi, 2, pad)
    if c == 'S':
        return _num(ss, 2, pad)
    if c == 'f':
        return '%06d' % us
    if c == 'y':
        return _num(y % 100, 2, pad)
    if c == 'a':
        return _DAYNAMES[wd]
    if c == 'A':
        return _FULLDAYNAMES[wd]
    if c == 'b' or c == 'h':
        return _MONTHNAMES[m]
    if c == 'B':
        return _FULLMONTHNAMES[m]
    if c == 'p':
        return 'AM' if hh < 12 else 'PM'
    if c == 'P':
        return 'am' if hh < 12 else 'pm'
    if c == 'I':
        return _num(hh % 12 or 12, 2, pad)
    if c == 'l':
        return _num(hh % 12 or 12, 2, pad, ' ')
    if c == 'k':
        return _num(hh, 2, pad, ' ')
    if c == 'e':
        return _num(d, 2, pad, ' ')
    if c == 'j':
        return _num(yday, 3, pad)
    if c == 'w':
        return str((wd + 1) % 7)
    if c == 'u':
        return str(wd + 1)
    if c == 'U':
        return _num((yday - 1 + 7 - (wd + 1) % 7) // 7, 2, pad)
    if c == 'W':
        return _num((yday - 1 + 7 - wd) // 7, 2, pad)
    if c == 'G' or c == 'V' or c == 'g':
        iy, iw, _ = _isocal(y, m, d)
        if c == 'G':
            return str(iy)
        if c == 'g':
            return _num(iy % 100, 2, pad)
        return _num(iw, 2, pad)
    if c == 'C':
        return str(y // 100)
    if c == 'z':
        if tzsrc is None:
            return ''
        off = tzsrc.utcoffset()
        return _format_offset(off, '') if off is not None else ''
    if c == 'Z':
        if tzsrc is None:
            return ''
        name = tzsrc.tzname()
        return '' if name is None else name
    if c == 'c':
        return '%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wd], _MONTHNAMES[m], d, hh, mi, ss, y)
    if c == 'x' or c == 'D':
        return '%02d/%02d/%02d' % (m, d, y % 100)
    if c == 'X' or c == 'T':
        return '%02d:%02d:%02d' % (hh, mi, ss)
    if c == 'F':
        return '%s-%02d-%02d' % (y, m, d)
    if c == 'R':
        return '%02d:%02d' % (hh, mi)
    if c == 'r':
        return '%02d:%02d:%02d %s' % (hh % 12 or 12, mi, ss, 'AM' if hh < 12 else 'PM')
    if c == 'n':
        return '\n'
    if c == 't':
        return '\t'
    if c == '%':
        return '%'
    if c == 's':
        return str(int(_time.mktime((y, m, d, hh, mi, ss, wd, yday, -1))))
    return '%' + c


def _isocal(y, m, d):
    today = _ymd2ord(y, m, d)
    year = y
    monday = _iso_week1_monday(year)
    week, day = divmod(today - monday, 7)
    if week < 0:
        year -= 1
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


# -- timedelta -------------------------------------------------------------------

_US_PER_DAY = 86400 * 10 ** 6


def _round_half_even_div(a, b):
    """a / b rounded to the nearest int, ties to even (b > 0 or b < 0)."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q % 2 == 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q % 2 == 1):
            q += 1
    return q


class timedelta:
    """Difference between two dates or datetimes: days, seconds and microseconds."""
    __weft_tpname__ = 'datetime.timedelta'
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0,
                milliseconds=0, minutes=0, hours=0, weeks=0, *_extra, **_kw):
        if _extra:
            raise TypeError('__new__() takes at most 7 arguments (%d given)' % (7 + len(_extra) + len(_kw)))
        if _kw:
            raise TypeError("'%s' is an invalid keyword argument for __new__()" % next(iter(_kw)))
        total = 0
        leftover = 0.0
        for name, value, factor in (('microseconds', microseconds, 1), ('milliseconds', milliseconds, 1000),
                                    ('seconds', seconds, 10 ** 6), ('minutes', minutes, 60 * 10 ** 6),
                                    ('hours', hours, 3600 * 10 ** 6), ('days', days, _US_PER_DAY),
                                    ('weeks', weeks, 7 * _US_PER_DAY)):
            if type(value) is int:
                if value:
                    total += value * factor
            elif isinstance(value, int):
                total += int(value) * factor
            elif isinstance(value, float):
                if value != value:
                    raise ValueError('cannot convert float NaN to integer')
                if value in (float('inf'), float('-inf')):
                    raise OverflowError('cannot convert float infinity to integer')
                frac, whole = _math.modf(value)
                total += int(whole) * factor
                if frac:
                    prod = frac * float(factor)
                    frac2, whole2 = _math.modf(prod)
                    total += int(whole2)
                    leftover += frac2
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
        if leftover:
            fl = _math.floor(leftover)
            diff = leftover - fl
            w = int(fl)
            if diff > 0.5 or (diff == 0.5 and (total + w) % 2 == 1):
                w += 1
            total += w
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        d, rem = divmod(us, _US_PER_DAY)
        s, us = divmod(rem, 10 ** 6)
        if not -999999999 <= d <= 999999999:
            if not -2147483648 <= d <= 2147483647:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 10 ** 6 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_type_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_us() / 10 ** 6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return timedelta._from_us(self._to_us())

    def __abs__(self):
        if self._days < 0:
            return -self
        return +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even_div(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        us = self._to_us()
        if isinstance(other, timedelta):
            return us // other._to_us()
        return timedelta._from_us(us // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        us = self._to_us()
        if isinstance(other, timedelta):
            return us / other._to_us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even_div(us, other))
        a, b = other.as_integer_ratio()
        if a == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        return timedelta._from_us(_round_half_even_div(b * us, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, self._key())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
_ONE_DAY = timedelta(1)


# -- date --------------------------------------------------------------------------

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""
    __weft_tpname__ = 'datetime.date'
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, *args, **kw):
        if kw or len(args) != 3:
            args = _parse_args(None, args, kw, ('year', 'month', 'day'), 3, 3, 3)
        year, month, day = _check_date_fields(*args)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Local date from a POSIX timestamp."""
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current local date."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Date from a proleptic Gregorian ordinal (day 1 is 0001-01-01)."""
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError('ordinal must be >= 1')
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Date from an ISO 8601 string (YYYY-MM-DD, YYYYMMDD, YYYY-Www-D, ...)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        r = _parse_isodate(date_string)
        if r is None or r[3] != len(date_string):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        return cls(*r[:3])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Date from an ISO year, week number and weekday."""
        return cls(*_from_isocal(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        """Format the date with a strftime-style format."""
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0, self, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        """time.struct_time for the date (time fields zero)."""
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Proleptic Gregorian ordinal (0001-01-01 is day 1)."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return the date with the given fields replaced."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def _cmp_check(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return True
        if isinstance(other, datetime):
            raise TypeError("can't compare %s to %s" % (_type_name(other) if type(other) in _OWN_TYPES else type(other).__name__,
                                                        _type_name(self)))
        return False

    def __le__(self, other):
        if self._cmp_check(other):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if self._cmp_check(other):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if self._cmp_check(other):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if self._cmp_check(other):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('date', self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Day of the week, Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Day of the week, Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday) as a named tuple."""
        return IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class IsoCalendarDate(tuple):
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)' %
                ('datetime.IsoCalendarDate' if type(self) is IsoCalendarDate else type(self).__name__,
                 self[0], self[1], self[2]))


def _from_isocal(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    o = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ord2ymd(o)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


# -- tzinfo / timezone -----------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone information objects."""
    __weft_tpname__ = 'datetime.tzinfo'
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time (default implementation)."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (self.__class__, args, getattr(self, '__dict__', None) or None)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""
    __weft_tpname__ = 'datetime.timezone'
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, *args, **kw):
        if kw or not 1 <= len(args) <= 2:
            args = [a for a in _parse_args('timezone', args, kw, ('offset', 'name'), 1, 2, 0) if a is not _NOARG]
        offset = args[0]
        name = args[1] if len(args) > 1 else cls._Omitted
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % ('None' if offset is None else type(offset).__name__))
        if name is cls._Omitted:
            if not offset and cls is timezone and _UTC_SINGLETON is not None:
                return _UTC_SINGLETON
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                             "and timedelta(hours=24), not %r." % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (self.__class__, self.__getinitargs__())

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC_SINGLETON:
            return 'datetime.timezone.utc'
        prefix = 'datetime.timezone' if type(self) is timezone else type(self).__name__
        if self._name is None:
            return '%s(%r)' % (prefix, self._offset)
        return '%s(%r, %r)' % (prefix, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s" % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc: argument must be a datetime")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


_UTC_SINGLETON = None
_UTC_SINGLETON = timezone.__new__(timezone, timedelta(0), 'UTC')
_UTC_SINGLETON._name = None
timezone.utc = _UTC_SINGLETON
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# -- time ----------------------------------------------------------------------------

class time:
    """A time of day (hour, minute, second, microsecond), optionally with tzinfo."""
    __weft_tpname__ = 'datetime.time'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, *args, **kw):
        if kw or len(args) > 4:
            a = _parse_args(None, args, kw, ('hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'), 0, 5, 4)
            hour, minute, second, microsecond, tzinfo, fold = [
                (None if i == 4 else 0) if v is _NOARG else v for i, v in enumerate(a)]
            fold = _index(fold)
        else:
            hour, minute, second, microsecond = tuple(args) + (0, 0, 0, 0)[len(args):]
            tzinfo = None
            fold = 0
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        a = (myhhmm, self._second, self._microsecond)
        b = (othhmm, other._second, other._microsecond)
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if not tzoff:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff, timedelta(hours=1))
                m //= timedelta(minutes=1)
                if 0 <= h < 24:
                    self._hashcode = hash(time(h, m, self._second, self._microsecond))
                else:
                    self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_type_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]'."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """time from an ISO 8601 time string."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string
        if s[:1] == 'T':
            s = s[1:]
        r = _parse_isotime(s)
        if r is None:
            raise ValueError(f'Invalid isoformat string: {time_string!r}')
        hh, mm, ss, us, tz = r
        return cls(hh, mm, ss, us, tz)

    def strftime(self, fmt):
        """Format the time with a strftime-style format (date fields are 1900-01-01)."""
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond,
                         self, _TzSource(self._tzinfo, None) if self._tzinfo is not None else None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        """Return the time with the given fields replaced."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __reduce__(self):
        return (self.__class__, (self._hour, self._minute, self._second, self._microsecond, self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'" % type(name).__name__)


class _TzSource:
    """Adapter giving strftime utcoffset()/tzname() of a time or datetime."""
    __slots__ = ('tz', 'dt')

    def __init__(self, tz, dt):
        self.tz = tz
        self.dt = dt

    def utcoffset(self):
        off = self.tz.utcoffset(self.dt)
        _check_utc_offset("utcoffset", off)
        return off

    def tzname(self):
        name = self.tz.tzname(self.dt)
        _check_tzname(name)
        return name


# -- datetime --------------------------------------------------------------------------

class datetime(date):
    """A date and a time of day, optionally with tzinfo."""
    __weft_tpname__ = 'datetime.datetime'
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, *args, **kw):
        if kw or not 3 <= len(args) <= 7:
            a = _parse_args(None, args, kw, ('year', 'month', 'day', 'hour', 'minute', 'second',
                                             'microsecond', 'tzinfo', 'fold'), 3, 8, 7)
            year, month, day, hour, minute, second, microsecond, tzinfo, fold = [
                (None if i == 7 else 0) if v is _NOARG else v for i, v in enumerate(a)]
            fold = _index(fold)
        else:
            year, month, day, hour, minute, second, microsecond = tuple(args) + (0, 0, 0, 0)[len(args) - 3:]
            tzinfo = None
            fold = 0
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        t = int(t)
        if utc or tz is not None:
            days, secs = divmod(t, 86400)
            o = _EPOCH_ORDINAL + days
            if not 1 <= o <= _MAXORDINAL:
                raise ValueError('year %d is out of range' % (_ord2ymd(o)[0] if o >= 1 else 0))
            y, m, d = _ord2ymd(o)
            hh, rem = divmod(secs, 3600)
            mm, ss = divmod(rem, 60)
        else:
            y, m, d, hh, mm, ss = _time.localtime(t)[:6]
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """datetime from a POSIX timestamp: local time, or tz's time if given."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, False, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Current local date and time (or in tz)."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        """datetime from a date and a time."""
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day,
                   time_.hour, time_.minute, time_.second, time_.microsecond,
                   tzinfo, fold=time_.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """datetime from an ISO 8601 string."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        r = _parse_isodate(date_string)
        if r is None:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        y, m, d, pos = r
        hh = mm = ss = us = 0
        tz = None
        if pos < len(date_string):
            rest = date_string[pos + 1:]
            t = _parse_isotime(rest) if rest else None
            if t is None:
                raise ValueError(f'Invalid isoformat string: {date_string!r}')
            hh, mm, ss, us, tz = t
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """datetime parsed from date_string according to format."""
        return _strptime(cls, date_string, format)

    def timetuple(self):
        """Local time tuple compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, dst)

    def _local_timestamp(self):
        """Seconds since the epoch of this naive datetime taken as local time."""
        epoch = datetime(1970, 1, 1)
        t = (self - epoch) // timedelta(0, 1)

        def local_offset(u):
            tm = _time.localtime(u)
            y, m, d, hh, mm, ss = tm[:6]
            return (datetime(y, m, d, hh, mm, ss) - epoch) // timedelta(0, 1) - u
        a = local_offset(t)
        u1 = t - a
        t1 = local_offset(u1)
        if t1 == a:
            u2 = u1 + local_offset(u1 - 86400) - a if self._fold else u1
            return u2 if self._fold and local_offset(u2) + u2 == t else u1
        u2 = t - t1
        return u2 if local_offset(u2) == t1 else max(u1, u2)

    def timestamp(self):
        """POSIX timestamp (float) of this datetime."""
        if self._tzinfo is None:
            if self.toordinal() == 1:
                raise ValueError('year 0 is out of range')
            s = self._local_timestamp()
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """UTC time tuple."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self._year, self._month, self._day
        hh, mm, ss = self._hour, self._minute, self._second
        return _build_struct_time(y, m, d, hh, mm, ss, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return the datetime with the given fields replaced."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        local = datetime(*localtm[:6])
        gmtoff = getattr(localtm, 'tm_gmtoff', None)
        zone = getattr(localtm, 'tm_zone', None)
        if gmtoff is None:
            gmtoff = (local - datetime.utcfromtimestamp(ts)) // timedelta(seconds=1)
        if zone:
            return timezone(timedelta(seconds=gmtoff), zone)
        return timezone(timedelta(seconds=gmtoff))

    def astimezone(self, tz=None):
        """Convert to the time zone tz (the local zone by default)."""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[wd - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]'."""
        s = ("%04d-%02d-%02d%c" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "%s(%s)" % (_type_name(self), ", ".join(map(str, L)))
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond, self,
                         _TzSource(self._tzinfo, self) if self._tzinfo is not None else None)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            base_compare = myoff == otoff
        if base_compare:
            a = (self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute, other._second, other._microsecond)
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _ord_check(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return False

    def __le__(self, other):
        if self._ord_check(other):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if self._ord_check(other):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if self._ord_check(other):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if self._ord_check(other):
            return self._cmp(other) > 0
        return NotImplemented

    def _us_since_ord0(self):
        return (((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second) * 10 ** 6 + self._microsecond

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._us_since_ord0() + other._to_us()
        days, rem = divmod(total, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(rem, 10 ** 6)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        y, m, d = _ord2ymd(days)
        if type(self) is datetime:
            # fields are in range by construction: skip the constructor's checks
            r = object.__new__(datetime)
            r._year, r._month, r._day = y, m, d
            r._hour, r._minute, r._second, r._microsecond = hh, mm, ss, us
            r._tzinfo = self._tzinfo
            r._hashcode = -1
            r._fold = 0
            return r
        return type(self).combine(date(y, m, d), time(hh, mm, ss, us, tzinfo=self._tzinfo))

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        diff = self._us_since_ord0() - other._us_since_ord0()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if myoff != otoff:
                if myoff is None or otoff is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                diff += otoff._to_us() - myoff._to_us()
        return timedelta._from_us(diff)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            tzoff = t.utcoffset()
            if tzoff is None:
                self._hashcode = hash(('dt', t._us_since_ord0()))
            else:
                self._hashcode = hash(('dt', t._us_since_ord0() - tzoff._to_us()))
        return self._hashcode

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._microsecond, self._tzinfo))


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)
_OWN_TYPES = (date, datetime, time, timedelta, timezone, tzinfo)


# -- ISO 8601 parsing -------------------------------------------------------------------

def _digits(s, pos, n):
    """int of exactly n ASCII digits at s[pos:], or None."""
    part = s[pos:pos + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        return None
    return int(part)


def _parse_isodate(s):
    """Parse the date part; return (y, m, d, end position) or None."""
    y = _digits(s, 0, 4)
    if y is None:
        return None
    pos = 4
    dash = s[pos:pos + 1] == '-'
    if dash:
        pos += 1
    if s[pos:pos + 1] == 'W':
        pos += 1
        w = _digits(s, pos, 2)
        if w is None:
            return None
        pos += 2
        wd = 1
        if len(s) > pos and (s[pos] == '-' or s[pos].isdigit()):
            if dash:
                if s[pos] != '-':
                    return None
                pos += 1
            elif s[pos] == '-':
                return None
            wd = _digits(s, pos, 1)
            if wd is None:
                return None
            pos += 1
        y2, m2, d2 = _from_isocal(y, w, wd)
        return y2, m2, d2, pos
    m = _digits(s, pos, 2)
    if m is None:
        return None
    pos += 2
    if dash:
        if s[pos:pos + 1] != '-':
            return None
        pos += 1
    d = _digits(s, pos, 2)
    if d is None:
        return None
    pos += 2
    return y, m, d, pos


def _parse_hms(s):
    """'HH[:MM[:SS[.fff]]]' or basic 'HH[MM[SS[.fff]]]'; return (h, m, s, us) or None."""
    n = len(s)
    hh = _digits(s, 0, 2)
    if hh is None:
        return None
    pos = 2
    mm = ss = us = 0
    if pos < n:
        sep = s[pos] == ':'
        if sep:
            pos += 1
        mm = _digits(s, pos, 2)
        if mm is None:
            return None
        pos += 2
        if pos < n:
            if sep:
                if s[pos] != ':':
                    return None
                pos += 1
            ss = _digits(s, pos, 2)
            if ss is None:
                return None
            pos += 2
            if pos < n:
                if s[pos] not in '.,':
                    return None
                pos += 1
                frac = s[pos:]
                if not frac or not frac.isdigit() or not frac.isascii():
                    return None
                frac = frac[:6]
                us = int(frac) * 10 ** (6 - len(frac))
    return hh, mm, ss, us


def _parse_isotime(s):
    """Time with optional UTC offset; return (h, m, s, us, tzinfo) or None."""
    tz = None
    cut = -1
    for i, c in enumerate(s):
        if c in '+-Z':
            cut = i
            break
    if cut >= 0:
        tzs = s[cut:]
        s = s[:cut]
        if tzs == 'Z':
            tz = timezone.utc
        else:
            if tzs[0] == 'Z':
                return None
            sign = -1 if tzs[0] == '-' else 1
            r = _parse_hms(tzs[1:])
            if r is None:
                return None
            th, tm, ts, tus = r
            off = timedelta(hours=th, minutes=tm, seconds=ts, microseconds=tus)
            tz = timezone(off * sign) if off else timezone.utc
    r = _parse_hms(s)
    if r is None:
        return None
    hh, mm, ss, us = r
    return hh, mm, ss, us, tz


# -- strptime -------------------------------------------------------------------------

_NUM_FIELDS = {  # directive: (min width, max width, lowest, highest)
    'd': (1, 2, 1, 31), 'm': (1, 2, 1, 12), 'Y': (4, 4, 0, 9999), 'y': (2, 2, 0, 99),
    'H': (1, 2, 0, 23), 'I': (1, 2, 1, 12), 'M': (1, 2, 0, 59), 'S': (1, 2, 0, 61),
    'j': (1, 3, 1, 366), 'f': (1, 6, 0, 999999), 'U': (1, 2, 0, 53), 'W': (1, 2, 0, 53),
    'w': (1, 1, 0, 6), 'u': (1, 1, 1, 7), 'G': (4, 4, 0, 9999), 'V': (1, 2, 1, 53),
}


def _match_name(s, pos, names):
    low = s[pos:].lower()
    best = None
    for i, name in enumerate(names):
        if name and low.startswith(name.lower()):
            if best is None or len(name) > len(names[best]):
                best = i
    return best


def _strptime(cls, data, fmt):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    vals = {}
    pos = 0
    i = 0
    n = len(fmt)
    nomatch = ValueError("time data %r does not match format %r" % (data, fmt))
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            dct = fmt[i + 1]
            i += 2
            if dct in _NUM_FIELDS:
                lo_w, hi_w, lo_v, hi_v = _NUM_FIELDS[dct]
                if dct == 'd' and data[pos:pos + 1] == ' ':
                    pos += 1
                    hi_w = 1
                j = pos
                while j < len(data) and j - pos < hi_w and '0' <= data[j] <= '9':
                    j += 1
                ok = False
                while j - pos >= lo_w:
                    v = int(data[pos:j])
                    if lo_v <= v <= hi_v:
                        ok = True
                        break
                    j -= 1
                if not ok:
                    raise nomatch
                if dct == 'f':
                    v = int(data[pos:j] + '0' * (6 - (j - pos)))
                vals[dct] = v
                pos = j
            elif dct in 'bBh':
                k = _match_name(data, pos, _FULLMONTHNAMES[1:] if dct == 'B' else _MONTHNAMES[1:])
                if k is None and dct != 'B':
                    k = _match_name(data, pos, _FULLMONTHNAMES[1:])
                    names = _FULLMONTHNAMES
                elif dct == 'B':
                    if k is None:
                        k = _match_name(data, pos, _MONTHNAMES[1:])
                        names = _MONTHNAMES
                    else:
                        names = _FULLMONTHNAMES
                else:
                    names = _MONTHNAMES
                if k is None:
                    raise nomatch
                vals['m'] = k + 1
                pos += len(names[k + 1])
            elif dct in 'aA':
                k = _match_name(data, pos, _FULLDAYNAMES)
                names = _FULLDAYNAMES
                if k is None:
                    k = _match_name(data, pos, _DAYNAMES)
                    names = _DAYNAMES
                if k is None:
                    raise nomatch
                vals['a'] = k
                pos += len(names[k])
            elif dct == 'p':
                word = data[pos:pos + 2].lower()
                if word not in ('am', 'pm'):
                    raise nomatch
                vals['p'] = word
                pos += 2
            elif dct == 'z':
                if data[pos:pos + 1] == 'Z':
                    vals['z'] = timedelta(0)
                    pos += 1
                else:
                    if data[pos:pos + 1] not in ('+', '-'):
                        raise nomatch
                    sign = -1 if data[pos] == '-' else 1
                    j = pos + 1
                    while j < len(data) and (data[j].isdigit() or data[j] in ':.'):
                        j += 1
                    body = data[pos + 1:j]
                    parts = body.split(':') if ':' in body else None
                    if parts is not None:
                        if len(parts) < 2 or len(parts[0]) != 2 or len(parts[1]) != 2:
                            raise nomatch
                        hh, mm = int(parts[0]), int(parts[1])
                        ssf = parts[2] if len(parts) > 2 else '0'
                    else:
                        if len(body) < 4:
                            raise nomatch
                        hh, mm = int(body[:2]), int(body[2:4])
                        ssf = body[4:] or '0'
                    if '.' in ssf:
                        sp, fp = ssf.split('.', 1)
                        fp = (fp + '000000')[:6]
                    else:
                        sp, fp = ssf, '0'
                    if not sp.isdigit() or not fp.isdigit() or mm > 59:
                        raise nomatch
                    vals['z'] = sign * timedelta(hours=hh, minutes=mm, seconds=int(sp), microseconds=int(fp))
                    pos = j
            elif dct == 'Z':
                rest = data[pos:].lower()
                found = None
                cands = ['utc', 'gmt'] + [z.lower() for z in getattr(_time, 'tzname', ()) if z]
                for z in cands:
                    if rest.startswith(z) and (found is None or len(z) > len(found)):
                        found = z
                if found is None:
                    raise nomatch
                vals['Z'] = data[pos:pos + len(found)]
                pos += len(found)
            elif dct == '%':
                if data[pos:pos + 1] != '%':
                    raise nomatch
                pos += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (dct, fmt))
        elif c.isspace():
            i += 1
            while i < n and fmt[i].isspace():
                i += 1
            if pos >= len(data) or not data[pos].isspace():
                raise nomatch
            while pos < len(data) and data[pos].isspace():
                pos += 1
        else:
            if data[pos:pos + 1].lower() != c.lower():
                raise nomatch
            pos += 1
            i += 1
    if pos != len(data):
        raise ValueError("unconverted data remains: %s" % data[pos:])
    year = vals.get('Y')
    if year is None and 'y' in vals:
        y = vals['y']
        year = y + (1900 if y >= 69 else 2000)
    # the weekday, Monday = 0, from whichever directive gave it
    if 'a' in vals:
        weekday = vals['a']
    elif 'w' in vals:
        weekday = (vals['w'] - 1) % 7
    elif 'u' in vals:
        weekday = vals['u'] - 1
    else:
        weekday = None
    # an ISO year or week is never defaulted: each needs the other and a weekday
    if year is None and 'G' in vals:
        if 'V' not in vals or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if 'j' in vals:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif 'U' not in vals and 'W' not in vals and 'V' in vals:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    if year is None:
        year = 1900
    month = vals.get('m', 1)
    day = vals.get('d', 1)
    hour = vals.get('H', 0)
    if 'I' in vals:
        hour = vals['I'] % 12
        if vals.get('p') == 'pm':
            hour += 12
    # A day of the year, or one worked out from a week number and a weekday, decides the
    # date over any month and day given.
    julian = vals.get('j')
    if julian is None and weekday is not None:
        if 'U' in vals or 'W' in vals:
            sunday_weeks = 'U' in vals
            week = vals['U'] if sunday_weeks else vals['W']
            first = _ymd2ord(year, 1, 1) % 7 - 1  # weekday of January 1st, Monday = 0
            first %= 7
            wd = weekday
            if sunday_weeks:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week == 0:
                julian = 1 + wd - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week - 1) + wd
        elif 'G' in vals and 'V' in vals:
            # ISO week 1 holds January 4th
            jan4 = _ymd2ord(vals['G'], 1, 4)
            o = jan4 - (jan4 - 1) % 7 + 7 * (vals['V'] - 1) + weekday
            year = _ord2ymd(o)[0]
            julian = o - _ymd2ord(year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is not None:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + julian - 1)
    tz = None
    if 'z' in vals:
        off = vals['z']
        if 'Z' in vals:
            tz = timezone(off, vals['Z'])
        else:
            tz = timezone(off)
    second = vals.get('S', 0)
    if second > 59:
        second = 59
    args = (year, month, day, hour, vals.get('M', 0), second, vals.get('f', 0))
    if cls is date or (isinstance(cls, type) and issubclass(cls, date) and not issubclass(cls, datetime)):
        return cls(*args[:3])
    return cls(*args, tz)
