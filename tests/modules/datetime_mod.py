import datetime as dt
d = dt.date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.isoformat(), d.toordinal(), d.ctime())
print(d + dt.timedelta(days=1), d - dt.date(2024, 1, 1), d.replace(year=2025, day=28), dt.date.fromisoformat("2021-12-31"), dt.date.fromordinal(738000))
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %w %y %%"), d.timetuple().tm_yday)
t = dt.time(13, 5, 9, 1234)
print(t, repr(t), t.isoformat(), t.isoformat("minutes"), t.hour, t.microsecond, t.strftime("%I:%M %p"), dt.time(), dt.time.fromisoformat("10:20:30.5"))
x = dt.datetime(2023, 12, 31, 23, 59, 58, 500000)
print(x, repr(x), x.isoformat(), x.isoformat(sep=" "), x.date(), x.time(), x + dt.timedelta(seconds=2), x.timestamp() if False else "", x.replace(microsecond=0))
print(x.strftime("%Y-%m-%dT%H:%M:%S.%f %H %I %M %S %p"), dt.datetime.strptime("2020-03-04 05:06", "%Y-%m-%d %H:%M"), dt.datetime.fromisoformat("2011-11-04T00:05:23+04:00"))
td = dt.timedelta(days=1, hours=3, minutes=4, seconds=5, microseconds=6)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 2, td // 3, td % dt.timedelta(hours=5))
print(dt.timedelta(weeks=1), dt.timedelta(seconds=-1), dt.timedelta(0), dt.timedelta(milliseconds=1), dt.timedelta(days=-1, seconds=5), td / dt.timedelta(hours=1))
print(dt.timedelta(days=3) > dt.timedelta(hours=70), dt.timedelta.max, dt.timedelta.min, dt.timedelta.resolution, str(dt.timedelta(days=2, seconds=1)))
utc = dt.timezone.utc
aware = dt.datetime(2020, 1, 1, 12, tzinfo=utc)
est = dt.timezone(dt.timedelta(hours=-5), "EST")
print(aware, aware.astimezone(est), aware.tzname(), aware.utcoffset(), est, repr(utc), dt.timezone(dt.timedelta(hours=5, minutes=30)))
print(aware.isoformat(), aware.timestamp(), dt.datetime.fromtimestamp(0, utc), dt.datetime.fromtimestamp(86400 * 365.25, tz=utc))
print(dt.datetime(2020, 1, 1, tzinfo=utc) == dt.datetime(2019, 12, 31, 19, tzinfo=est), dt.date(2020, 1, 1) < dt.date(2020, 1, 2), hash(d) == hash(dt.date(2024, 2, 29)))
try:
    dt.datetime(2020, 1, 1) < aware
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: dt.date(2023, 2, 29), lambda: dt.date(2023, 13, 1), lambda: dt.time(25), lambda: dt.datetime.strptime("x", "%Y"), lambda: dt.date.fromisoformat("2020-1-1")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
print(dt.date.min, dt.date.max, dt.datetime.min, dt.MINYEAR, dt.MAXYEAR, dt.date(2000, 1, 1) - dt.timedelta(days=1))
print(type(dt.datetime.now()).__name__, type(dt.date.today()).__name__, dt.datetime.now().year >= 2024)
print(f"{x:%d.%m.%Y}", format(d, "%B"), "{:%H}".format(t), dt.datetime(2021, 5, 6).weekday(), dt.datetime.combine(d, t))
print(dt.datetime(2020, 2, 28) + dt.timedelta(days=1), dt.datetime(2020, 3, 1) - dt.datetime(2020, 2, 1), (dt.datetime(2020, 1, 2) - dt.datetime(2020, 1, 1, 12)).total_seconds())
