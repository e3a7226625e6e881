"""Project date planner: business days, recurring meetings, calendar views, ISO weeks, age math."""
import calendar
from datetime import date, datetime, time, timedelta, timezone

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 12, 25), date(2025, 1, 1)}


def is_business(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def add_business_days(start, n):
    step = 1 if n >= 0 else -1
    d = start
    remaining = abs(n)
    while remaining:
        d += timedelta(days=step)
        if is_business(d):
            remaining -= 1
    return d


def business_days_between(a, b):
    if a > b:
        return -business_days_between(b, a)
    return sum(1 for i in range((b - a).days) if is_business(a + timedelta(days=i + 1)))


def nth_weekday(year, month, weekday, n):
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n] if n >= 0 else days[n]


def add_months(d, months):
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return d.replace(year=year, month=month, day=day)


def age(born, on):
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return years


start = date(2024, 2, 26)
print("start", start, start.strftime("%A %d %B %Y"), "iso", start.isocalendar(), "doy", start.timetuple().tm_yday)
milestones = [("design", 5), ("build", 20), ("test", 8), ("launch", 1)]
d = start
for name, dur in milestones:
    end = add_business_days(d, dur)
    print(f"  {name:<7} {d:%a %m/%d} -> {end:%a %m/%d}  ({dur:2d} bd, {(end - d).days:2d} cal days)")
    d = end
print("business days Jan..Dec 2024:", business_days_between(date(2024, 1, 1), date(2024, 12, 31)))
print("backwards 10 bd from 2024-07-08:", add_business_days(date(2024, 7, 8), -10))

print("-- recurring")
print("Thanksgiving 2024:", nth_weekday(2024, 11, calendar.THURSDAY, 3))
print("last Mondays:", [nth_weekday(2024, m, calendar.MONDAY, -1).isoformat() for m in (1, 5, 9)])
print("month-end from Jan 31:", [add_months(date(2024, 1, 31), k).isoformat() for k in range(0, 14, 1)][:6])
print("leap years 1896-1912:", [y for y in range(1896, 1913) if calendar.isleap(y)], calendar.leapdays(1900, 2001))
print("age:", age(date(2000, 2, 29), date(2024, 2, 28)), age(date(2000, 2, 29), date(2024, 2, 29)), age(date(1990, 12, 31), date(2025, 1, 1)))

print("-- calendar views")
print(calendar.TextCalendar(calendar.MONDAY).formatmonth(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2025, 3, w=3, l=1))
print(calendar.monthcalendar(2024, 9)[:2], calendar.weekday(2024, 9, 1), calendar.month_name[9], calendar.day_abbr[6])
print(list(calendar.Calendar(firstweekday=6).iterweekdays()), calendar.monthrange(2023, 2))

print("-- datetime arithmetic")
t0 = datetime(2024, 3, 10, 1, 30)
for delta in (timedelta(hours=1), timedelta(days=-1, seconds=5), timedelta(weeks=2, microseconds=7), timedelta(minutes=-90)):
    print(f"{t0 + delta!s:26} {delta!r:50} {delta!s:>22} {delta.total_seconds()}")
print(timedelta(days=1) / timedelta(hours=7), timedelta(days=1) // timedelta(hours=7), timedelta(days=1) % timedelta(hours=7))
print(timedelta(hours=25) * 1.5, -timedelta(seconds=1), abs(timedelta(days=-2)), timedelta(0) == timedelta(), timedelta(days=999999))
utc = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
ist = timezone(timedelta(hours=5, minutes=30), "IST")
print(utc, utc.astimezone(ist), utc.astimezone(ist).tzname(), utc.isoformat(timespec="minutes"), ist)
print(datetime.fromisoformat("2024-02-29T23:59:59.5+01:00"), datetime.strptime("07/04/24 09:05", "%m/%d/%y %H:%M"))
print(datetime.combine(date(2024, 1, 1), time(8, 15)).strftime("%Y-%m-%dT%H:%M %j %U %W %p %I"), date.fromordinal(738000))
print(date(2024, 1, 1) < date(2024, 1, 2), max(date(2023, 5, 5), date(2021, 1, 1)), date.fromisocalendar(2024, 1, 1))
print(repr(date(2024, 5, 17)), repr(datetime(2024, 5, 17, 8)), repr(time(7, 30, 1, 5)), repr(timedelta(seconds=3661)))
for bad in (lambda: date(2023, 2, 29), lambda: date(2024, 13, 1), lambda: datetime.strptime("2024-99", "%Y-%m"),
            lambda: date(2024, 1, 1) - datetime(2024, 1, 1), lambda: timedelta(days=10**10)):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{type(e).__name__}: {e}")
