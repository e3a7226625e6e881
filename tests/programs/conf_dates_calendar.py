import datetime as dt, time, calendar
d = dt.date(2024, 2, 29)
print(d, repr(d), d.isoformat(), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.strftime("%A %d %B %Y %j %U %W %a %b %y %m"))
print(d + dt.timedelta(days=365), d - dt.date(2000, 1, 1), d.replace(year=2025, day=28), dt.date.fromisoformat("2021-12-31"), dt.date.fromordinal(738000))
try:
    d.replace(year=2023)
except ValueError as e:
    print(e)
for args in [(2023, 13, 1), (2023, 2, 30), (0, 1, 1), (10000, 1, 1)]:
    try:
        dt.date(*args)
    except ValueError as e:
        print(e)
t = dt.datetime(2024, 3, 10, 14, 5, 9, 123456)
print(t, repr(t), t.isoformat(timespec="milliseconds"), t.ctime(), t.timestamp() if False else "", t.strftime("%H:%M:%S.%f %I %p %%"), t.date(), t.time())
print(t + dt.timedelta(hours=12, minutes=70), t - dt.datetime(2024, 1, 1), t.replace(microsecond=0).isoformat(" "))
td = dt.timedelta(days=-1, seconds=5); print(td, repr(td), td.total_seconds(), abs(td), -td, td * 2, td / 2, td // dt.timedelta(hours=1), dt.timedelta(weeks=1, milliseconds=1))
print(dt.timedelta(days=1) / dt.timedelta(hours=5), dt.timedelta(seconds=3661) % dt.timedelta(hours=1), divmod(dt.timedelta(hours=25), dt.timedelta(days=1)))
print(str(dt.timedelta(microseconds=1)), str(dt.timedelta(days=2, hours=3)), dt.timedelta.max, dt.timedelta.min, dt.timedelta(0))
try:
    dt.timedelta(days=10**9)
except OverflowError as e:
    print(e)
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
a = dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone.utc)
print(a, a.astimezone(tz), a.tzname(), a.utcoffset(), tz, repr(tz), dt.timezone.utc, dt.timezone(dt.timedelta(hours=-3)))
try:
    a < dt.datetime(2024, 1, 1)
except TypeError as e:
    print(e)
try:
    a - dt.datetime(2024, 1, 1)
except TypeError as e:
    print(e)
print(a == dt.datetime(2024, 1, 1, 12), dt.datetime.fromisoformat("2024-05-06T07:08:09+02:00"), dt.datetime.strptime("2023-07-04 13:45", "%Y-%m-%d %H:%M"))
try:
    dt.datetime.strptime("2023-07-04", "%Y/%m/%d")
except ValueError as e:
    print(e)
print(dt.time(23, 59, 59, 999999), dt.time(1, 2).isoformat(), dt.time.fromisoformat("10:20:30"), dt.time(12) < dt.time(13), dt.time(0).__bool__() if hasattr(dt.time, "__bool__") else "")
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1), dt.date(2020, 1, 1)]), max(dt.date(2020, 5, 1), dt.date(2021, 1, 1)))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.monthrange(2024, 2), calendar.leapdays(2000, 2025), calendar.weekday(2024, 1, 1), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
print(time.gmtime(0), time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)), time.mktime(time.localtime(1000000)) == 1000000.0)
print(dt.date(2024, 1, 1) - dt.timedelta(days=1), dt.datetime.combine(dt.date(2020, 1, 1), dt.time(5)), dt.date.min, dt.date.max, dt.datetime.min)
print(f"{d:%Y/%m/%d}", "{:%H}".format(t), format(td), format(d, ""))
