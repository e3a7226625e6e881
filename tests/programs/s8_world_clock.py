"""A meeting planner across time zones with zoneinfo."""
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

CITIES = {
    "New York": "America/New_York",
    "London": "Europe/London",
    "Berlin": "Europe/Berlin",
    "Kolkata": "Asia/Kolkata",
    "Tokyo": "Asia/Tokyo",
    "Sydney": "Australia/Sydney",
    "Los Angeles": "America/Los_Angeles",
    "São Paulo": "America/Sao_Paulo",
    "Kathmandu": "Asia/Kathmandu",
    "UTC": "UTC",
}

meeting = datetime(2024, 3, 15, 14, 30, tzinfo=ZoneInfo("America/New_York"))
print("meeting:", meeting, meeting.tzname(), meeting.utcoffset(), meeting.dst())
for city, key in CITIES.items():
    local = meeting.astimezone(ZoneInfo(key))
    flag = "" if 9 <= local.hour < 18 else "  (outside office hours)"
    print(f"{city:<12} {local:%a %Y-%m-%d %H:%M} {local.tzname():>6} {local.strftime('%z')}{flag}")

ny = ZoneInfo("America/New_York")
print(repr(ny), str(ny), ny.key, ny is ZoneInfo("America/New_York"), ZoneInfo.no_cache("America/New_York") is ny)
for y in (1975, 2000, 2007, 2023, 2030, 2045, 2100):
    winter = datetime(y, 1, 15, 12, tzinfo=ny)
    summer = datetime(y, 7, 15, 12, tzinfo=ny)
    print(y, winter.utcoffset(), winter.tzname(), summer.utcoffset(), summer.tzname(), summer.dst())

# spring forward gap and fall back fold
for y in (2023, 2040):
    gap = datetime(y, 3, 12 if y == 2023 else 11, 2, 30, tzinfo=ny)
    print("gap", gap, gap.utcoffset(), gap.replace(fold=1).utcoffset(), gap.astimezone(timezone.utc))
    amb = datetime(y, 11, 5 if y == 2023 else 4, 1, 30, tzinfo=ny)
    print("fold", amb.utcoffset(), amb.tzname(), amb.replace(fold=1).utcoffset(), amb.replace(fold=1).tzname())
utc = datetime(2023, 11, 5, 5, 0, tzinfo=timezone.utc)
for h in range(4):
    t = (utc + timedelta(minutes=30 * h)).astimezone(ny)
    print(t, t.fold, t.tzname())
start = datetime(2023, 3, 11, 12, tzinfo=ny)
print(start + timedelta(days=1), (start + timedelta(days=1)).utcoffset())
print((datetime(2023, 3, 13, tzinfo=ny) - datetime(2023, 3, 12, tzinfo=ny)))

syd = ZoneInfo("Australia/Sydney")
for m in (1, 4, 7, 10):
    d = datetime(2024, m, 10, 9, tzinfo=syd)
    print(m, d.utcoffset(), d.tzname(), d.dst())
lon = ZoneInfo("Europe/London")
print(datetime(2024, 3, 31, 0, 59, tzinfo=timezone.utc).astimezone(lon), datetime(2024, 3, 31, 1, 0, tzinfo=timezone.utc).astimezone(lon))
print(datetime(1950, 6, 1, tzinfo=lon).utcoffset(), datetime(1970, 6, 1, tzinfo=lon).tzname(), datetime(2037, 10, 25, 1, 30, tzinfo=lon).replace(fold=1).tzname())
print(datetime(2024, 1, 1, tzinfo=ZoneInfo("Asia/Kathmandu")).utcoffset(), datetime(1980, 1, 1, tzinfo=ZoneInfo("Asia/Kathmandu")).utcoffset())
print(datetime.fromtimestamp(1700000000, tz=ZoneInfo("Asia/Tokyo")), datetime.fromtimestamp(0, ZoneInfo("UTC")).isoformat())
print(datetime(2024, 6, 1, 12, tzinfo=ny).timestamp(), datetime.now(ZoneInfo("UTC")).tzinfo)
for bad in ("Mars/Olympus", "America/New York"):
    try:
        ZoneInfo(bad)
    except ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError", e, isinstance(e, KeyError))
for bad in ("/etc/passwd", "../etc"):
    try:
        ZoneInfo(bad)
    except (ValueError, ZoneInfoNotFoundError) as e:
        print(type(e).__name__, e)
