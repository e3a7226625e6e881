"""Meeting scheduler: datetime arithmetic, calendar, random with a fixed seed."""
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone
import calendar
import random
import bisect

HOLIDAYS = {date(2024, 1, 1), date(2024, 2, 19), date(2024, 5, 27), date(2024, 12, 25)}


def business_days(start, n):
    d = start
    out = []
    while len(out) < n:
        if d.weekday() < 5 and d not in HOLIDAYS:
            out.append(d)
        d += timedelta(days=1)
    return out


def add_months(d, months):
    m = d.month - 1 + months
    y = d.year + m // 12
    m = m % 12 + 1
    day = min(d.day, calendar.monthrange(y, m)[1])
    return d.replace(year=y, month=m, day=day)


def fmt_td(td):
    total = int(td.total_seconds())
    sign = "-" if total < 0 else ""
    total = abs(total)
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{sign}{h:02d}:{m:02d}:{s:02d}"


class Slot:
    def __init__(self, start, minutes):
        self.start = start
        self.end = start + timedelta(minutes=minutes)

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end

    def __repr__(self):
        return f"Slot({self.start:%a %H:%M}-{self.end:%H:%M})"


def main():
    print(business_days(date(2023, 12, 28), 5))
    d = date(2024, 1, 31)
    print([str(add_months(d, k)) for k in range(0, 13, 3)], add_months(d, 1))
    print(d.isoformat(), d.isocalendar(), d.isoweekday(), d.toordinal(), d.strftime("%A %d %B %Y (day %j, week %U)"))
    print(date.fromisoformat("2024-02-29") + timedelta(days=365), date.fromordinal(738000), date(2024, 3, 1) - date(2023, 3, 1))
    t0 = datetime(2024, 3, 10, 8, 30, 15, 250000)
    print(t0, repr(t0), t0.isoformat(timespec="minutes"), t0.timestamp() if False else t0.time(), t0.date())
    print(t0.strftime("%Y/%m/%d %I:%M:%S %p %f"), t0.replace(microsecond=0).isoformat(sep=" "))
    print(datetime.strptime("2024-07-04 17:05", "%Y-%m-%d %H:%M"), datetime.fromisoformat("2024-07-04T17:05:09.123+02:00"))
    delta = datetime(2024, 12, 25, 0, 0) - t0
    print(delta, delta.days, delta.seconds, fmt_td(delta), fmt_td(-timedelta(hours=1, seconds=5)))
    print(timedelta(days=1, hours=-1), timedelta(seconds=-1), timedelta(weeks=2) / 3, timedelta(hours=5) // timedelta(minutes=45),
          timedelta(hours=5) % timedelta(minutes=45), timedelta(microseconds=1500), abs(timedelta(days=-2)), -timedelta(days=1, seconds=1))
    print(repr(timedelta(days=3, seconds=7)), timedelta(minutes=90).total_seconds(), timedelta(0) == timedelta(), bool(timedelta()))
    utc = timezone.utc
    ist = timezone(timedelta(hours=5, minutes=30), "IST")
    est = timezone(timedelta(hours=-5))
    meet = datetime(2024, 6, 1, 15, 0, tzinfo=utc)
    print(meet, meet.astimezone(ist), meet.astimezone(est), meet.astimezone(est).tzname(), ist.tzname(None), repr(est))
    print(meet.utcoffset(), meet.astimezone(ist).utcoffset(), meet == meet.astimezone(ist), meet.astimezone(ist).strftime("%H:%M %Z %z"))
    try:
        print(meet < datetime(2024, 6, 1))
    except TypeError as e:
        print("TypeError:", e)
    print(time(9, 5), time(23, 59, 59, 999999).isoformat(), time(7, 0) < time(7, 1), time.fromisoformat("10:11:12"))
    print(datetime.combine(date(2024, 1, 1), time(12)), min(date(2024, 1, 2), date(2023, 5, 5)), date.max, datetime.min)
    try:
        date(2023, 2, 29)
    except ValueError as e:
        print("ValueError:", e)
    try:
        datetime.strptime("31/02/2024", "%d/%m/%Y")
    except ValueError as e:
        print("ValueError:", e)

    cal = calendar.TextCalendar(calendar.MONDAY)
    print(cal.formatmonth(2024, 2))
    print(calendar.isleap(2100), calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4), calendar.day_name[3], calendar.month_abbr[9])
    print(calendar.monthcalendar(2024, 9)[0], list(calendar.Calendar().iterweekdays()))

    rng = random.Random(2024)
    base = datetime(2024, 4, 1, 9, 0)
    slots = []
    for i in range(8):
        start = base + timedelta(days=rng.randrange(3), minutes=15 * rng.randint(0, 24))
        slots.append(Slot(start, rng.choice([30, 45, 60])))
    slots.sort(key=lambda s: s.start)
    print(slots)
    clashes = [(a, b) for i, a in enumerate(slots) for b in slots[i + 1:] if a.overlaps(b)]
    print("clashes:", len(clashes), clashes[:2])
    starts = [s.start for s in slots]
    probe = datetime(2024, 4, 2, 12)
    print("first after noon day 2:", slots[bisect.bisect_left(starts, probe)] if bisect.bisect_left(starts, probe) < len(slots) else None)
    print(rng.random(), rng.uniform(1, 2), rng.sample(range(100), 5), rng.choices("abc", weights=[5, 1, 1], k=6))
    deck = list(range(10))
    rng.shuffle(deck)
    print(deck, rng.getrandbits(16), round(rng.gauss(0, 1), 6), rng.randrange(0, 100, 7))
    random.seed(7)
    print(random.randint(1, 6), random.choice(["x", "y", "z"]), random.random())
    state = random.getstate()
    a = random.random()
    random.setstate(state)
    print(a == random.random())


main()
