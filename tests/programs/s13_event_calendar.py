"""An event calendar: recurring events with datetime/timedelta, heapq merging, strftime reports."""
from datetime import date, datetime, time, timedelta, timezone
import heapq
import calendar
from itertools import islice

UTC = timezone.utc
CET = timezone(timedelta(hours=1), "CET")
IST = timezone(timedelta(hours=5, minutes=30))


def recurring(name, start, step, count=None, until=None, skip_weekends=False):
    n, when = 0, start
    while (count is None or n < count) and (until is None or when <= until):
        if not (skip_weekends and when.weekday() >= 5):
            yield (when, name)
            n += 1
        when += step


def monthly(name, start, day, count):
    y, m = start.year, start.month
    for _ in range(count):
        last = calendar.monthrange(y, m)[1]
        yield (datetime.combine(date(y, m, min(day, last)), start.time(), start.tzinfo), name)
        m += 1
        if m > 12:
            y, m = y + 1, 1


start = datetime(2024, 1, 29, 9, 30, tzinfo=CET)
streams = [
    recurring("standup", start, timedelta(days=1), count=8, skip_weekends=True),
    recurring("backup", datetime(2024, 1, 28, 23, 0, tzinfo=UTC), timedelta(hours=36), until=datetime(2024, 2, 6, tzinfo=UTC)),
    monthly("invoice", datetime(2024, 1, 31, 12, 0, tzinfo=IST), 31, 4),
    recurring("review", datetime(2024, 2, 2, 16, 0, tzinfo=CET), timedelta(weeks=1), count=2),
]
merged = list(heapq.merge(*streams))
for when, name in merged:
    u = when.astimezone(UTC)
    print(f"{u:%a %d %b %H:%M} UTC | {name:<8} | local {when.strftime('%Y-%m-%d %H:%M %Z')} ({when.utcoffset()})")

print()
first, last = merged[0][0], merged[-1][0]
span = last - first
print("span:", span, "|", span.days, "days", span.seconds, "s |", span.total_seconds() / 3600, "hours")
print(repr(span), repr(timedelta(hours=-1, minutes=30)), str(timedelta(days=-1, seconds=5)), timedelta(microseconds=1500))
print(timedelta(days=1) / timedelta(hours=5), timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5))
print(timedelta(hours=1) * 2.5, -timedelta(minutes=90), abs(timedelta(seconds=-30)), timedelta(0) == timedelta())
print(divmod(timedelta(hours=25), timedelta(hours=7)), timedelta(weeks=1, days=1).days, max(timedelta(1), timedelta(hours=23)))

print()
d = date(2024, 2, 29)
print(d.isoformat(), d.isocalendar(), d.isoweekday(), d.toordinal(), d.replace(year=2028), d.strftime("%j %U %W %A %B"))
try:
    d.replace(year=2023)
except ValueError as e:
    print("ValueError:", e)
print(date.fromisoformat("2024-12-30").isocalendar(), date.fromordinal(738000), date(2024, 3, 1) - d)
dt = datetime(2024, 3, 10, 1, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt.isoformat(sep=" ", timespec="milliseconds"), dt.timestamp() if dt.tzinfo else "naive")
print(datetime.fromisoformat("2024-05-06T07:08:09+02:00"), datetime(2024, 1, 1, tzinfo=UTC).timestamp())
print(datetime.strptime("31/12/2023 23:59", "%d/%m/%Y %H:%M") + timedelta(minutes=1))
print(datetime(2024, 6, 1, 12, tzinfo=IST) == datetime(2024, 6, 1, 6, 30, tzinfo=UTC), IST, CET, UTC, repr(CET))
print(time(14, 5).strftime("%I:%M %p"), time(0, 0, 1).isoformat(), time(23, 59, 59, 500).isoformat(), time.min < time(1))
print(datetime.combine(date(2024, 1, 1), time(8)).ctime(), datetime(2024, 1, 1) < datetime(2024, 1, 1, 0, 0, 1))
try:
    datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=UTC)
except TypeError as e:
    print("TypeError:", e)

print()
cal = calendar.TextCalendar(calendar.MONDAY)
print(cal.formatmonth(2024, 2))
busy = {w.date() for w, _ in merged}
for week in calendar.Calendar().monthdatescalendar(2024, 2)[:2]:
    print(" ".join(f"{d.day:>2}{'*' if d in busy else ' '}" for d in week))
print(calendar.isleap(2100), calendar.leapdays(2000, 2100), calendar.day_name[6], calendar.month_abbr[2], list(islice(calendar.day_abbr, 3)))
print(calendar.weekday(2024, 2, 29), calendar.monthrange(2023, 2))
