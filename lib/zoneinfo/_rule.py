"""weft's zoneinfo: POSIX TZ strings (the TZif footer) giving offsets past the last transition (https://docs.python.org/3.11/library/zoneinfo.html)."""

import calendar
from datetime import date, timedelta

_EPOCH_ORD = date(1970, 1, 1).toordinal()


class _TTInfo:
    __slots__ = ('utcoff', 'dstoff', 'tzname')

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff, self.dstoff, self.tzname = utcoff, dstoff, tzname


class Fixed:
    """A zone with one offset."""

    def __init__(self, tti):
        self.tti = tti

    def find_local(self, ts, year, fold):
        return self.tti

    def find_utc(self, ts, year):
        return self.tti, 0


class _Scanner:
    def __init__(self, s):
        self.s, self.i = s, 0

    def name(self):
        s, i = self.s, self.i
        if i < len(s) and s[i] == '<':
            j = s.index('>', i)
            self.i = j + 1
            return s[i + 1:j]
        j = i
        while j < len(s) and s[j].isalpha():
            j += 1
        if j - i < 3:
            raise ValueError(f'Invalid STD format in {s!r}')
        self.i = j
        return s[i:j]

    def offset(self, hours_max=24):
        """[+-]hh[:mm[:ss]] in seconds (sign as written)."""
        s, i = self.s, self.i
        sign = 1
        if i < len(s) and s[i] in '+-':
            sign = -1 if s[i] == '-' else 1
            i += 1
        parts = []
        while True:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            if j == i:
                raise ValueError(f'Invalid offset in {s!r}')
            parts.append(int(s[i:j]))
            i = j
            if i < len(s) and s[i] == ':' and len(parts) < 3:
                i += 1
                continue
            break
        self.i = i
        h, m, sec = (parts + [0, 0])[:3]
        return sign * (h * 3600 + m * 60 + sec)

    def peek(self):
        return self.s[self.i] if self.i < len(self.s) else ''

    def date_spec(self):
        s = self.s
        c = self.peek()
        if c == 'M':
            j = self.i + 1
            k = s.index(',', j) if ',' in s[j:] else len(s)
            k = min(k, s.index('/', j) if '/' in s[j:k] else k)
            m, w, d = (int(x) for x in s[j:k].split('.'))
            self.i = k
            spec = ('M', m, w, d)
        else:
            julian = c == 'J'
            j = self.i + (1 if julian else 0)
            k = j
            while k < len(s) and s[k].isdigit():
                k += 1
            self.i = k
            spec = ('J' if julian else 'n', int(s[j:k]))
        t = 7200
        if self.peek() == '/':
            self.i += 1
            t = self.offset(167)
        return spec, t


def _day(spec, year):
    """The date's ordinal for a rule date spec in `year`."""
    if spec[0] == 'M':
        _, m, w, d = spec
        first = date(year, m, 1)
        dow_first = (first.weekday() + 1) % 7
        day = 1 + (d - dow_first) % 7 + (w - 1) * 7
        dim = calendar.monthrange(year, m)[1]
        while day > dim:
            day -= 7
        return date(year, m, day).toordinal()
    if spec[0] == 'J':
        n = spec[1]
        if calendar.isleap(year) and n >= 60:
            n += 1
        return date(year, 1, 1).toordinal() + n - 1
    return date(year, 1, 1).toordinal() + spec[1]


class Rule:
    """Standard time with a yearly daylight-saving period."""

    def __init__(self, std_name, std_off, dst_name, dst_off, start, end):
        self.std = _TTInfo(timedelta(seconds=std_off), timedelta(0), std_name)
        self.dst = _TTInfo(timedelta(seconds=dst_off), timedelta(seconds=dst_off - std_off), dst_name)
        self.std_off, self.dst_off = std_off, dst_off
        self.start, self.end = start, end

    def _utc_points(self, year):
        (sspec, stime), (espec, etime) = self.start, self.end
        start_local = (_day(sspec, year) - _EPOCH_ORD) * 86400 + stime
        end_local = (_day(espec, year) - _EPOCH_ORD) * 86400 + etime
        return start_local - self.std_off, end_local - self.dst_off

    def _in_dst(self, ts, start, end):
        if start < end:
            return start <= ts < end
        return not (end <= ts < start)

    def find_local(self, ts, year, fold):
        t_start, t_end = self._utc_points(year)
        hi, lo = max(self.std_off, self.dst_off), min(self.std_off, self.dst_off)
        pick = lo if fold else hi
        return self.dst if self._in_dst(ts, t_start + pick, t_end + pick) else self.std

    def find_utc(self, ts, year):
        t_start, t_end = self._utc_points(year)
        if self._in_dst(ts, t_start, t_end):
            return self.dst, 0
        delta = self.dst_off - self.std_off
        fold = 1 if delta > 0 and t_end <= ts < t_end + delta else 0
        return self.std, fold


def parse_tz_string(s):
    """A Rule or Fixed for a POSIX TZ string such as 'EST5EDT,M3.2.0,M11.1.0'."""
    sc = _Scanner(s)
    std_name = sc.name()
    std_off = -sc.offset()
    if not sc.peek():
        return Fixed(_TTInfo(timedelta(seconds=std_off), timedelta(0), std_name))
    dst_name = sc.name()
    dst_off = std_off + 3600
    if sc.peek() and sc.peek() != ',':
        dst_off = -sc.offset()
    if sc.peek() != ',':
        start, end = (('M', 3, 2, 0), 7200), (('M', 11, 1, 0), 7200)
    else:
        sc.i += 1
        start = sc.date_spec()
        if sc.peek() != ',':
            raise ValueError(f'Invalid TZ string: {s!r}')
        sc.i += 1
        end = sc.date_spec()
    return Rule(std_name, std_off, dst_name, dst_off, start, end)
