"""Compare weft's lib/datetime.py with CPython's datetime. Run: python3 lib/_check/datetime_check.py"""
import datetime as cd
import os
import random
import sys
import time
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wd = load('datetime', spec_name='datetime')
C = Checker('datetime')


def call(label, fw, fc):
    def run(f):
        try:
            return ('ok', repr(f()))
        except Exception as e:
            msg = str(e)
            if isinstance(e, TypeError):
                # Known gap: the interpreter names a Python-level class 'timedelta' in operator
                # errors where CPython's C type says 'datetime.timedelta'.
                for n in ('timedelta', 'datetime', 'date', 'time'):
                    msg = msg.replace("'datetime.%s'" % n, "'%s'" % n)
            return ('exc', type(e).__name__, msg)
    C.same(label, run(fw), run(fc))


def both(expr, **env):
    """Evaluate expr with D bound to each module."""
    call(expr, lambda: eval(expr, {'D': wd, **env}), lambda: eval(expr, {'D': cd, **env}))


rng = random.Random(1)
# timedelta construction and normalisation
td_args = ['0', '1', '-1', '1, 2, 3', '-1, -2, -3', '0, 86399, 999999', '0, 86400', '0, 0, 10**6', '999999999',
           '1000000000', '-999999999, -1', 'days=1.5', 'seconds=0.5', 'microseconds=0.5', 'microseconds=1.5',
           'microseconds=2.5', 'microseconds=-0.5', 'microseconds=-1.5', 'hours=1.1', 'minutes=-0.001',
           'weeks=2, days=-3, hours=4.25', 'milliseconds=1.0005', 'days=0.1', 'days=1/3', 'seconds=1e-7',
           'days="a"', 'seconds=[]', 'days=float("inf")', 'days=float("nan")', 'days=True', 'seconds=-0.0000005',
           'microseconds=1e20']
for a in td_args:
    for f in ('repr(%s)', 'str(%s)', '%s.total_seconds()', 'abs(%s)', '-%s', 'bool(%s)', 'hash(%s) == hash(%s)'):
        e = f.replace('%s', 'D.timedelta(%s)' % a)
        both(e)
for i in range(300):
    d = rng.randint(-10 ** 6, 10 ** 6)
    s = rng.randint(-10 ** 6, 10 ** 6)
    us = rng.randint(-10 ** 9, 10 ** 9)
    fl = rng.uniform(-1000, 1000)
    both('D.timedelta(%d, %d, %d)' % (d, s, us))
    both('str(D.timedelta(%d, %d, %d))' % (d, s, us))
    both('D.timedelta(days=%r)' % fl)
    both('D.timedelta(seconds=%r, microseconds=%r)' % (fl, fl / 7))
    both('D.timedelta(0, %d, %d) * %r' % (s, us, fl))
    both('D.timedelta(0, %d, %d) / %r' % (s, us, fl))
    both('D.timedelta(0, %d, %d) / %d' % (s, us, d or 1))
    both('D.timedelta(0, %d, %d) // %d' % (s, us, d or 1))
    both('D.timedelta(0, %d, %d) // D.timedelta(0, %d)' % (s, us, d or 1))
    both('D.timedelta(0, %d, %d) / D.timedelta(0, %d)' % (s, us, d or 1))
    both('D.timedelta(0, %d, %d) %% D.timedelta(0, %d)' % (s, us, d or 1))
    both('divmod(D.timedelta(0, %d, %d), D.timedelta(0, %d, 7))' % (s, us, d or 1))
    both('D.timedelta(%d) + D.timedelta(0, %d, %d) - D.timedelta(1)' % (d, s, us))
    both('D.timedelta(%d) < D.timedelta(0, %d, %d)' % (d, s, us))
for e in ['D.timedelta(1) < 1', 'D.timedelta(1) == 1', 'D.timedelta(0,0,5)//0', 'D.timedelta(0,0,5)/0',
          'D.timedelta(0,0,5)/D.timedelta(0)', 'D.timedelta(1) * 2.5', '2 * D.timedelta(1)', 'D.timedelta(1) + 1',
          'D.timedelta.min', 'D.timedelta.max', 'D.timedelta.resolution', 'D.timedelta.max + D.timedelta(1)',
          'D.timedelta(hours=-1)', 'str(D.timedelta(-1, 5))', 'str(D.timedelta(2, 0, 5))', 'D.timedelta(0,0,3)*0.5',
          'D.timedelta(0,0,5)/2', 'D.timedelta(0,0,7)/-2', 'D.timedelta(1) / 3']:
    both(e)

# dates
for e in ['D.date(2020, 1.5, 1)', "D.date('2020', 1, 1)", 'D.date(0, 1, 1)', 'D.date(2020, 13, 1)', 'D.date(2020, 2, 30)',
          'D.date(2020, 2, 29)', 'D.date(2019, 2, 29)', 'D.date(1900, 2, 29)', 'D.date(2000, 2, 29)', 'D.date.min', 'D.date.max',
          'D.date.max + D.timedelta(1)', 'D.date.min - D.timedelta(1)', 'D.date(2020,1,1) + 1', 'D.date(2020,1,1) < D.datetime(2020,1,1)',
          'D.date(2020,1,1) == D.datetime(2020,1,1)', 'D.datetime(2020,1,1) < D.date(2020,1,1)',
          'D.date(2020,1,1) - D.datetime(2020,1,1)', "format(D.date(2020,1,1), 5)", "D.date(2020,1,1).strftime(5)",
          'D.date(2020,1,1).replace(month=13)', 'D.date(2020, 5, 17).replace(day=1, year=1999)', 'D.date.fromordinal(0)',
          'D.date.fromordinal(D.date.max.toordinal())', 'D.date.fromisocalendar(2020, 53, 5)', 'D.date.fromisocalendar(2021, 53, 5)',
          'D.date.fromisocalendar(2020, 1, 8)', 'D.date.fromisocalendar(0, 1, 1)', 'D.date(2020,1,1).resolution',
          'D.date(2020, 1, 1) == D.date(2020, 1, 1)', 'hash(D.date(2020,1,1)) == hash(D.date(2020,1,1))']:
    both(e)
for i in range(600):
    o = rng.randint(1, 3652059)
    e = 'D.date.fromordinal(%d)' % o
    both(e)
    both(e + '.isocalendar()')
    both('tuple(%s.isocalendar())' % e)
    both(e + '.weekday()')
    both(e + '.isoweekday()')
    both(e + '.ctime()')
    both(e + '.isoformat()')
    both('str(%s)' % e)
    both('tuple(%s.timetuple())' % e)
    both(e + '.toordinal()')
    both(e + ".strftime('%Y-%m-%d %a %A %b %B %j %U %W %w %u %G %V %y %c %x %X %% %e %D %F %C %g')")
    both('D.date.fromisoformat(%s.isoformat())' % e)
    o2 = rng.randint(1, 3652059)
    both('%s - D.date.fromordinal(%d)' % (e, o2))
    both('%s < D.date.fromordinal(%d)' % (e, o2))
    both('%s + D.timedelta(%d)' % (e, rng.randint(-5000, 5000)))
    iy, iw, idy = cd.date.fromordinal(o).isocalendar()
    both('D.date.fromisocalendar(%d, %d, %d)' % (iy, iw, idy))

# times
for e in ['D.time(24)', 'D.time(1, 60)', 'D.time(1, 1, 60)', 'D.time(1, 1, 1, 10**6)', 'D.time(1, tzinfo=1)', 'D.time(1, fold=2)',
          'D.time()', 'D.time(1, 2)', 'D.time(1, 2, 3)', 'D.time(1, 2, 3, 4)', 'D.time(1, 2, 0, 4)', 'D.time(1, 2, fold=1)',
          'D.time(12, 30, tzinfo=D.timezone.utc)', 'str(D.time(12, 30, 5, 20, tzinfo=D.timezone(D.timedelta(hours=-3))))',
          'D.time(1) < D.time(1, tzinfo=D.timezone.utc)', 'D.time(1) == D.time(1, tzinfo=D.timezone.utc)',
          'D.time(5, tzinfo=D.timezone(D.timedelta(hours=1))) == D.time(4, tzinfo=D.timezone.utc)',
          'D.time(5, tzinfo=D.timezone(D.timedelta(hours=1))) < D.time(4, 1, tzinfo=D.timezone.utc)',
          "D.time(1, 2, 3, 4567).isoformat('milliseconds')", "D.time(1, 2, 3, 4567).isoformat('hours')",
          "D.time(1, 2, 3, 4567).isoformat('minutes')", "D.time(1, 2, 3).isoformat('microseconds')", "D.time(1).isoformat('x')",
          "D.time(13, 5, 9, 7).strftime('%H %I %p %M %S %f %Y %m %d')", "D.time.fromisoformat('12:30')",
          "D.time.fromisoformat('12:30:45.123')", "D.time.fromisoformat('12:30:45.123456+05:30')", "D.time.fromisoformat('1230')",
          "D.time.fromisoformat('12')", "D.time.fromisoformat('24:00')", "D.time.fromisoformat('12:30Z')",
          "D.time.fromisoformat('T12:30:00')", "D.time.fromisoformat('12:3')", "D.time.fromisoformat('')",
          'D.time.min', 'D.time.max', 'D.time(1).replace(hour=5, fold=1)', 'bool(D.time(0))', "format(D.time(1, 2), '%H:%M')",
          'hash(D.time(1, 2)) == hash(D.time(1, 2))', 'D.time(1, 2).utcoffset()', 'D.time(1, tzinfo=D.timezone.utc).tzname()']:
    both(e)

# timezones
for e in ['D.timezone(D.timedelta(hours=24))', 'D.timezone(5)', 'D.timezone(D.timedelta(hours=1), 5)', 'D.timezone.utc',
          'D.timezone(D.timedelta(0))', "D.timezone(D.timedelta(0), 'UTC')", 'D.timezone(D.timedelta(hours=1))',
          "D.timezone(D.timedelta(hours=-5, minutes=-30), 'EST')", 'str(D.timezone(D.timedelta(seconds=-1)))',
          'str(D.timezone(D.timedelta(hours=5, minutes=30)))', 'str(D.timezone(D.timedelta(microseconds=7)))', 'D.timezone.min', 'D.timezone.max',
          'D.timezone.utc.utcoffset(None)', 'D.timezone.utc.dst(None)', "D.timezone(D.timedelta(hours=2)).tzname(None)",
          'D.timezone(D.timedelta(hours=1)) == D.timezone(D.timedelta(hours=1), "x")', 'D.UTC is D.timezone.utc',
          'D.timezone(D.timedelta(0)) is D.timezone.utc', 'D.timezone.utc.utcoffset(5)']:
    both(e)

# datetimes
tzs = ['None', 'D.timezone.utc', 'D.timezone(D.timedelta(hours=5, minutes=30))', "D.timezone(D.timedelta(hours=-8), 'PST')"]
for i in range(400):
    args = (rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
            rng.randint(0, 59), rng.choice([0, rng.randint(0, 999999)]))
    tz = rng.choice(tzs)
    e = 'D.datetime(%d, %d, %d, %d, %d, %d, %d, tzinfo=%s)' % (args + (tz,))
    both(e)
    both('str(%s)' % e)
    both(e + '.isoformat()')
    both(e + ".isoformat(' ', 'milliseconds')")
    both(e + '.ctime()')
    both(e + ".strftime('%Y-%m-%dT%H:%M:%S.%f %z %Z %a %b %j %I%p %c')")
    both('tuple(%s.timetuple())' % e)
    both('tuple(%s.utctimetuple())' % e)
    both(e + '.date()')
    both(e + '.time()')
    both(e + '.timetz()')
    both('D.datetime.fromisoformat(%s.isoformat())' % e)
    both("D.datetime.fromisoformat(%s.isoformat(' '))" % e)
    both('%s + D.timedelta(%d, %d)' % (e, rng.randint(-1000, 1000), rng.randint(-10 ** 6, 10 ** 6)))
    e2 = 'D.datetime(%d, %d, %d, %d, tzinfo=%s)' % (rng.randint(1, 9999), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.choice(tzs))
    both('%s - %s' % (e, e2))
    both('%s < %s' % (e, e2))
    both('%s == %s' % (e, e2))
    if tz != 'None' and 1971 < args[0] < 3000:
        both(e + '.timestamp()')
        both(e + '.astimezone(D.timezone.utc)')
        both(e + ".astimezone(D.timezone(D.timedelta(hours=-3)))")
    both(e + '.replace(tzinfo=None)')
    both('hash(%s) == hash(%s)' % (e, e))
for e in ['D.datetime(2020,1,1) < D.datetime(2020,1,1,tzinfo=D.timezone.utc)',
          'D.datetime(2020,1,1) - D.datetime(2020,1,1,tzinfo=D.timezone.utc)',
          'D.datetime(2020,1,1) == D.datetime(2020,1,1,tzinfo=D.timezone.utc)',
          'D.datetime(2020,1,1,5,tzinfo=D.timezone(D.timedelta(hours=5))) == D.datetime(2020,1,1,tzinfo=D.timezone.utc)',
          'D.datetime.fromtimestamp(1e20)', 'D.datetime(1, 1, 1).timestamp()', 'D.datetime(2020, 1, 1).timestamp()',
          'D.datetime(2020,1,1).astimezone(D.timezone.utc)', 'D.datetime.utcfromtimestamp(0)', 'D.datetime.utcfromtimestamp(1.5)',
          'D.datetime.utcfromtimestamp(-1.5)', 'D.datetime.utcfromtimestamp(1234567890.1234567)', 'D.datetime.fromtimestamp(0, D.timezone.utc)',
          'D.datetime.fromtimestamp(1600000000.999999, D.timezone(D.timedelta(hours=9)))', 'D.datetime.fromtimestamp(86400 * 365.25 * 30)',
          'D.datetime.combine(D.date(2020, 1, 2), D.time(3, 4, tzinfo=D.timezone.utc))',
          'D.datetime.combine(D.date(2020, 1, 2), D.time(3, 4), tzinfo=None)', 'D.datetime.combine(1, 2)',
          'D.datetime.max + D.timedelta(microseconds=1)', 'D.datetime.min', 'D.datetime.max', 'D.datetime(2020, 1, 1, fold=1)',
          "D.datetime.fromisoformat('2020-01-02')", "D.datetime.fromisoformat('2020-01-02T03')", "D.datetime.fromisoformat('2020-01-02T03:04')",
          "D.datetime.fromisoformat('2020-01-02 03:04:05.5')", "D.datetime.fromisoformat('2020-01-02T03:04:05,123456789')",
          "D.datetime.fromisoformat('20200102T030405')", "D.datetime.fromisoformat('2020-W01-3T10:00')", "D.datetime.fromisoformat('2020W013')",
          "D.datetime.fromisoformat('2020-01-02T03:04:05Z')", "D.datetime.fromisoformat('2020-01-02T03:04:05+0530')",
          "D.datetime.fromisoformat('2020-01-02T03:04:05-05')", "D.datetime.fromisoformat('2020-01-02T24:00')",
          "D.datetime.fromisoformat('2020-01-02T25:00')", "D.datetime.fromisoformat('2020-1-02')", "D.datetime.fromisoformat('2020-01-02T')",
          "D.datetime.fromisoformat('2020-01-0')", "D.datetime.fromisoformat('')", "D.datetime.fromisoformat(5)", "D.date.fromisoformat('20200102')",
          "D.date.fromisoformat('2020-W53-7')", "D.date.fromisoformat('2020-01-02T00')",
          "D.datetime.strptime('2020', '%Y %m')", "D.datetime.strptime('2020 01x', '%Y %m')", "D.datetime.strptime('2020-03-04 05:06:07', '%Y-%m-%d %H:%M:%S')",
          "D.datetime.strptime('4 Mar 2020 5PM', '%d %b %Y %I%p')", "D.datetime.strptime('Wednesday, March 4, 20', '%A, %B %d, %y')",
          "D.datetime.strptime('2020-03-04T05:06:07.25+05:30', '%Y-%m-%dT%H:%M:%S.%f%z')", "D.datetime.strptime('2020-03-04 Z', '%Y-%m-%d %z')",
          "D.datetime.strptime('2020 100', '%Y %j')", "D.datetime.strptime('20200304', '%Y%m%d')", "D.datetime.strptime('1/2/99', '%m/%d/%y')",
          "D.datetime.strptime('12:00 am', '%I:%M %p')", "D.datetime.strptime('x', '%Q')", "D.datetime.strptime('2020-03-04  5', '%Y-%m-%d %H')",
          "D.datetime.strptime('2020 UTC', '%Y %Z')", "D.datetime.strptime('100%', '%S%%')", "D.datetime.strptime('5', '%')",
          "D.datetime(2020, 5, 6, 7, 8, 9).strftime('%-d/%-m %k|%l %P %R %T %r %n %t %h %%Y %q')",
          "D.datetime(9, 5, 6).strftime('%Y %G %y %C')", "D.datetime(2020, 1, 1, tzinfo=D.timezone(D.timedelta(seconds=30, microseconds=5))).strftime('%z')",
          "format(D.datetime(2020, 5, 6), '%d.%m.%Y')", "format(D.datetime(2020, 5, 6), '')", "D.datetime(2020,1,1) + D.date(2020,1,1)",
          "D.datetime(2020, 1, 1, 12).replace(day=31, month=2)", 'D.date(2020,1,1) + D.timedelta(hours=47)', 'D.date(2020,1,1) - D.timedelta(hours=1)',
          'D.datetime(2020, 1, 1) - D.timedelta(microseconds=1)']:
    both(e)


# custom tzinfo subclass
def tzmod(D):
    class Fixed(D.tzinfo):
        def __init__(self, h):
            self.h = h

        def utcoffset(self, dt):
            return D.timedelta(hours=self.h)

        def dst(self, dt):
            return D.timedelta(0)

        def tzname(self, dt):
            return 'F%+d' % self.h

    class Bad(D.tzinfo):
        def utcoffset(self, dt):
            return 5
    return Fixed, Bad


for e in ['D.datetime(2020, 1, 1, 12, tzinfo=F(3)).isoformat()', 'str(D.datetime(2020, 1, 1, 12, tzinfo=F(3)))',
          "D.datetime(2020, 1, 1, 12, tzinfo=F(3)).strftime('%z %Z')", 'D.datetime(2020, 1, 1, 12, tzinfo=F(3)).astimezone(F(-2)).isoformat()',
          'D.datetime(2020, 1, 1, 12, tzinfo=F(3)) - D.datetime(2020, 1, 1, 12, tzinfo=F(-3))',
          'D.datetime(2020, 1, 1, 12, tzinfo=B()).utcoffset()', 'D.datetime(2020, 1, 1, 12, tzinfo=F(30)).utcoffset()',
          'D.datetime.fromtimestamp(0, F(2)).isoformat()', 'D.datetime(2020, 1, 1, 12, tzinfo=D.tzinfo()).utcoffset()',
          'tuple(D.datetime(2020, 1, 1, 12, tzinfo=F(3)).timetuple())', 'D.time(1, tzinfo=F(2)).isoformat()']:
    fw, bw = tzmod(wd)
    fc, bc = tzmod(cd)
    call(e, lambda: eval(e, {'D': wd, 'F': fw, 'B': bw}), lambda: eval(e, {'D': cd, 'F': fc, 'B': bc}))


class MyDate(cd.date):
    pass


C.same('now sane', abs((wd.datetime.now() - wd.datetime.fromtimestamp(time.time())).total_seconds()) < 1, True)
C.same('today', str(wd.date.today()), str(cd.date.today()))
C.same('utcnow', str(wd.datetime.utcnow())[:16], str(cd.datetime.utcnow())[:16])
ok = C.done()
sys.exit(0 if ok else 1)
