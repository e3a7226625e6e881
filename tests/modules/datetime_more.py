from datetime import date, datetime, timedelta, timezone, time
d = date(2023, 1, 31)
print([str(d + timedelta(days=i * 29)) for i in range(5)])
print((date(2024, 12, 25) - date(2024, 1, 1)).days, date(2024, 3, 1) - timedelta(days=1), date(2023, 3, 1) - timedelta(days=1))
for y in [1900, 2000, 2023, 2024]:
    print(y, (date(y, 3, 1) - date(y, 2, 1)).days)
dt = datetime(2024, 7, 4, 15, 30, 45, 123456)
for fmt in ["%Y-%m-%d", "%H:%M:%S.%f", "%a %d %b %Y", "%A %B %j", "%I%p", "%y%m%d", "%U %W %w", "%G-W%V-%u", "%c", "%x", "%X", "%%"]:
    print(fmt, "->", dt.strftime(fmt))
print(dt.isoformat(timespec="seconds"), dt.isoformat(timespec="milliseconds"), dt.isoformat(timespec="hours"), dt.replace(microsecond=0).isoformat())
for s in ["2024-07-04", "2024-07-04T15:30", "2024-07-04 15:30:45.123456", "2024-07-04T15:30:45+02:00", "2024-07-04T15:30:45.5-05:30"]:
    print(s, "->", repr(datetime.fromisoformat(s)))
tz = timezone(timedelta(hours=2), "CEST")
a = datetime(2024, 1, 1, 0, 0, tzinfo=tz)
print(a, a.tzname(), a.utcoffset(), a.astimezone(timezone.utc), a.timetuple()[:6], a.utctimetuple()[:6])
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(1700000000, timezone.utc))
print(timedelta(hours=25), timedelta(days=-3, hours=1), timedelta(seconds=3661.5), timedelta(microseconds=-1), timedelta(days=1) / 3, timedelta(hours=1) * 1.5)
print(sorted([date(2024, 1, 2), date(2023, 5, 5), date(2024, 1, 1)]), max(time(1), time(0, 59)), min(timedelta(1), timedelta(hours=23)))
print(datetime.strptime("15/08/2023 07:05:09 PM", "%d/%m/%Y %I:%M:%S %p"), datetime.strptime("2023-W10-1", "%G-W%V-%u") if False else "", datetime.strptime("Mar 5 2020", "%b %d %Y"))
print(date(2024, 1, 1).isocalendar(), date(2024, 12, 30).isocalendar(), date.fromisocalendar(2024, 1, 1), date(2024, 5, 17).replace(month=2, day=29))
