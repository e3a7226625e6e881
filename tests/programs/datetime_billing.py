"""Billing periods with datetime/timedelta arithmetic, strftime and comparisons."""
from datetime import date, datetime, time, timedelta, timezone

start = date(2024, 1, 31)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    for day in (d.day, 30, 29, 28):
        try:
            return d.replace(year=y, month=m, day=day)
        except ValueError:
            continue


periods = [add_months(start, i) for i in range(14)]
print([p.isoformat() for p in periods])
for a, b in zip(periods, periods[1:4]):
    delta = b - a
    print(f"{a:%d %b %Y} -> {b:%a %d %B} = {delta.days} days ({delta})")

dt = datetime(2024, 2, 29, 13, 5, 9, 123456)
for fmt in ["%Y-%m-%d %H:%M:%S", "%y%m%d", "%I:%M %p", "%j", "%U %W", "%A %a %B %b", "%f", "%%",
            "%c", "%x", "%X", "%G-W%V-%u", "%-d" if False else "%d/%m", "%C"]:
    print(f"{fmt!r:>22} -> {dt.strftime(fmt)}")
print(dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"), dt.date(), dt.time(), dt.timetuple()[:6])
print(repr(dt), str(dt.replace(microsecond=0)), dt.weekday(), dt.isoweekday(), dt.isocalendar())
print(datetime.strptime("2023-12-25 08:30", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2021-06-01T12:00:00"))
print(date.fromisoformat("2000-02-29").toordinal(), date.fromordinal(730000), date(2024, 1, 1).ctime())

td = timedelta(days=1, hours=25, minutes=-30, seconds=3661, microseconds=1500)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta(hours=-1), timedelta(microseconds=-1), -timedelta(days=1, seconds=1), abs(timedelta(hours=-5)))
print(timedelta(weeks=2) / timedelta(days=1), timedelta(days=7) // 3, timedelta(hours=3) * 1.5,
      timedelta(minutes=90) % timedelta(hours=1), divmod(timedelta(hours=25), timedelta(days=1)))
print(timedelta(0) == timedelta(), bool(timedelta()), timedelta(seconds=1) > timedelta(microseconds=999999))
print(timedelta(days=999999999).days, timedelta.max, timedelta.min, timedelta.resolution)

shifts = [("ann", "08:00", "16:30"), ("bob", "22:00", "06:15"), ("cy", "12:00", "12:00")]
for who, s, e in shifts:
    t0 = datetime.combine(date(2024, 3, 10), time.fromisoformat(s))
    t1 = datetime.combine(date(2024, 3, 10), time.fromisoformat(e))
    if t1 <= t0:
        t1 += timedelta(days=1)
    dur = t1 - t0
    h, rem = divmod(dur.seconds, 3600)
    print(f"{who:<4}{t0:%H:%M}-{t1:%H:%M}{'+1' if t1.date() > t0.date() else '  '} {h:2}h{rem // 60:02}m"
          f" pay={dur / timedelta(hours=1) * 17.5:8.2f}")

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30), "IST")
m = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(m, m.astimezone(ist), m.astimezone(ist).utcoffset(), ist, repr(ist), m.tzname(), timezone(timedelta(0)))
print(m == m.astimezone(ist), m.astimezone(ist) - m, m.timestamp(), datetime.fromtimestamp(0, utc))
print(datetime(2024, 1, 1, tzinfo=timezone(-timedelta(hours=8))).isoformat(), m.strftime("%z %Z"))
try:
    datetime(2024, 1, 1) < m
except TypeError as exc:
    print("TypeError:", exc)
try:
    m - datetime(2024, 1, 1)
except TypeError as exc:
    print("TypeError:", exc)

for bad in [lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: time(24), lambda: datetime(0, 1, 1),
            lambda: timedelta(days=10**10), lambda: date(2024, 1, 1) + 1, lambda: datetime.strptime("x", "%Y"),
            lambda: date.fromisoformat("2024-1-1"), lambda: date.max + timedelta(1)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as exc:
        print(f"{type(exc).__name__}: {exc}")
days = sorted({date(2024, 3, d).strftime("%A") for d in range(1, 8)})
print(days, date(2024, 3, 1) < date(2024, 3, 2), max(periods[:3]), min(dt.time(), time(1)))
print((date(2025, 1, 1) - date(2024, 1, 1)).days, (date(2024, 12, 25) - date.fromisoformat("2024-01-01")).days)
