import datetime as dt
from datetime import date, datetime, timedelta, time, timezone
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d.isoweekday(), d.strftime("%A %d %B %Y %j %U %W %a %b %y %m"), d.isocalendar())
t = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(t + timedelta(microseconds=1), t - datetime(2000, 1, 1), (t - datetime(2000, 1, 1)).total_seconds(), repr(t))
print(timedelta(days=-1, seconds=5), timedelta(hours=-25), repr(timedelta(hours=-25)), timedelta(weeks=3, minutes=90) / 7, timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5))
print(datetime.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"), datetime.fromisoformat("2021-03-04T05:06:07.123+02:00"), date.fromisoformat("2020-02-29"))
tz = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=tz)
print(aware, aware.astimezone(timezone.utc), aware.utcoffset(), aware.tzname(), repr(tz), timezone.utc, aware.isoformat(), aware.timestamp())
print(f"{aware:%Y/%m/%d %H-%M %z %Z}", format(d, "%d.%m"), str(time(7, 5)), time(7, 5, 3, 12).isoformat(), time(1).replace(hour=2))
print(date(2024, 1, 31).replace(month=2, day=29), date.min, date.max, datetime.min, timedelta.max, timedelta(0), timedelta(microseconds=-1))
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]), date(2020, 1, 1) < date(2020, 1, 2), (date(2024, 3, 1) - date(2024, 2, 1)).days)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2021-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(datetime(2024, 1, 1).weekday(), datetime(2024, 1, 1).toordinal(), date.fromordinal(738000), datetime(2024,1,1).ctime(), datetime.combine(d, time(3)))
import calendar
print(calendar.isleap(2000), calendar.monthrange(2024, 2), calendar.month_name[3], calendar.day_abbr[0], calendar.leapdays(1900, 2000))
print(calendar.month(2024, 2))
print(calendar.TextCalendar().formatmonth(2023, 12))
print(calendar.weekday(2024, 7, 4), list(calendar.Calendar().itermonthdays(2024, 2))[:10])
