"""Compare weft's lib/calendar.py and lib/locale.py with CPython's. Run: python3 lib/_check/calendar_check.py"""
import calendar as cc
import locale as cl
import os
import sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wdt = load('datetime', spec_name='datetime')
_saved = sys.modules['datetime']
sys.modules['datetime'] = wdt
wc = load('calendar')
sys.modules['datetime'] = _saved
wl = load('locale')
C = Checker('calendar+locale')


def call(label, fw, fc):
    def run(f):
        try:
            r = f()
            if hasattr(r, '__next__'):
                r = list(r)
            return ('ok', repr(r))
        except Exception as e:
            return ('exc', type(e).__name__, str(e))
    C.same(label, run(fw), run(fc))


for y in list(range(1995, 2030)) + [1, 1900, 2000, 2100, 9999, 0, -5, 10000]:
    call('isleap %d' % y, lambda: wc.isleap(y), lambda: cc.isleap(y))
    call('leapdays %d' % y, lambda: wc.leapdays(y, 2024), lambda: cc.leapdays(y, 2024))
    for m in (0, 1, 2, 6, 12, 13):
        call('monthrange %d %d' % (y, m), lambda: wc.monthrange(y, m), lambda: cc.monthrange(y, m))
        call('weekday %d %d' % (y, m), lambda: wc.weekday(y, m, 1), lambda: cc.weekday(y, m, 1))
        call('monthcalendar %d %d' % (y, m), lambda: wc.monthcalendar(y, m), lambda: cc.monthcalendar(y, m))
        call('month %d %d' % (y, m), lambda: wc.month(y, m), lambda: cc.month(y, m))
        for fw in range(7):
            call('fw month %d %d %d' % (y, m, fw), lambda: wc.TextCalendar(fw).formatmonth(y, m, 3, 2),
                 lambda: cc.TextCalendar(fw).formatmonth(y, m, 3, 2))
            call('itermonthdays4 %d %d %d' % (y, m, fw), lambda: wc.Calendar(fw).itermonthdays4(y, m),
                 lambda: cc.Calendar(fw).itermonthdays4(y, m))
            call('monthdatescalendar %d %d %d' % (y, m, fw), lambda: wc.Calendar(fw).monthdatescalendar(y, m),
                 lambda: cc.Calendar(fw).monthdatescalendar(y, m))
    if 1 <= y <= 9999:
        call('calendar %d' % y, lambda: wc.calendar(y), lambda: cc.calendar(y))
        call('formatyear %d' % y, lambda: wc.TextCalendar(6).formatyear(y, 3, 1, 4, 4), lambda: cc.TextCalendar(6).formatyear(y, 3, 1, 4, 4))
        call('html %d' % y, lambda: wc.HTMLCalendar().formatmonth(y, 3), lambda: cc.HTMLCalendar().formatmonth(y, 3))
for name in ('month_name', 'month_abbr', 'day_name', 'day_abbr'):
    call(name, lambda: list(getattr(wc, name)), lambda: list(getattr(cc, name)))
    call(name + '[1:3]', lambda: getattr(wc, name)[1:3], lambda: getattr(cc, name)[1:3])
for w in (1, 2, 3, 9, 10):
    call('weekheader %d' % w, lambda: wc.weekheader(w), lambda: cc.weekheader(w))
for t in [(2020, 1, 1, 0, 0, 0), (1969, 12, 31, 23, 59, 59), (2038, 1, 19, 3, 14, 8), (2020, 2, 30, 0, 0, 0)]:
    call('timegm %r' % (t,), lambda: wc.timegm(t), lambda: cc.timegm(t))
call('setfirstweekday bad', lambda: wc.setfirstweekday(9), lambda: cc.setfirstweekday(9))
call('consts', lambda: (wc.MONDAY, wc.SUNDAY, wc.mdays), lambda: (cc.MONDAY, cc.SUNDAY, cc.mdays))

call('getlocale', lambda: wl.getlocale(), lambda: cl.getlocale())
call('setlocale query', lambda: wl.setlocale(wl.LC_ALL), lambda: cl.setlocale(cl.LC_ALL))
call('setlocale numeric', lambda: wl.setlocale(wl.LC_NUMERIC), lambda: cl.setlocale(cl.LC_NUMERIC))
call('setlocale ctype', lambda: wl.setlocale(wl.LC_CTYPE), lambda: cl.setlocale(cl.LC_CTYPE))
call('setlocale de', lambda: wl.setlocale(wl.LC_ALL, 'de_DE'), lambda: cl.setlocale(cl.LC_ALL, 'de_DE'))
call('setlocale C', lambda: wl.setlocale(wl.LC_NUMERIC, 'C'), lambda: cl.setlocale(cl.LC_NUMERIC, 'C'))
call('localeconv', lambda: wl.localeconv(), lambda: cl.localeconv())
call('getpreferredencoding', lambda: wl.getpreferredencoding(), lambda: cl.getpreferredencoding())
call('getencoding', lambda: wl.getencoding(), lambda: cl.getencoding())
call('format_string', lambda: wl.format_string('%d items, %.2f', (1234, 5.5), grouping=True),
     lambda: cl.format_string('%d items, %.2f', (1234, 5.5), grouping=True))
call('currency', lambda: wl.currency(5), lambda: cl.currency(5))
call('str', lambda: wl.str(1.5), lambda: cl.str(1.5))
call('str2', lambda: wl.str(1 / 3), lambda: cl.str(1 / 3))
call('atof', lambda: wl.atof('1.5'), lambda: cl.atof('1.5'))
call('atoi', lambda: wl.atoi('15'), lambda: cl.atoi('15'))
for n in ('en_US', 'C', 'C.UTF-8', 'en_US.utf8', 'de_DE.UTF-8', 'fr'):
    call('normalize %s' % n, lambda: wl.normalize(n), lambda: cl.normalize(n))
call('strcoll', lambda: (wl.strcoll('a', 'b'), wl.strcoll('b', 'a'), wl.strcoll('a', 'a')), lambda: (cl.strcoll('a', 'b'), cl.strcoll('b', 'a'), cl.strcoll('a', 'a')))
ok = C.done()
sys.exit(0 if ok else 1)
