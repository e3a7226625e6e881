import time
t = time.gmtime(1234567890)
print(t, len(t), t[:3], t.tm_zone, t.tm_gmtoff)
print(time.strftime("%Y-%m-%dT%H:%M:%S %j %a %A %b %B %y %I%p %%", t))
print(time.asctime(t), time.strftime("%d/%m", (2000, 2, 29, 0, 0, 0, 0, 60, 0)))
st = time.struct_time((2024, 2, 29, 23, 59, 60, 3, 60, 0))
print(st, st.tm_year, st.tm_sec, st == (2024, 2, 29, 23, 59, 60, 3, 60, 0), st[-1])
for args in [((1, 2, 3),), ("abc",), ((1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),)]:
    try:
        time.struct_time(*args)
    except TypeError as e:
        print("TypeError", e)
cases = [
    ("2021-06-15", "%Y-%m-%d"),
    ("15/6/21", "%d/%m/%y"),
    ("  Jan  5 2020", " %b %d %Y"),
    ("march 3, 1999 07:08:09 PM", "%B %d, %Y %I:%M:%S %p"),
    ("12 AM", "%I %p"),
    ("Tue Jun 15 12:30:45 2021", "%a %b %d %H:%M:%S %Y"),
    ("2021 100", "%Y %j"),
    ("1999-12-31 23:59:59.123456", "%Y-%m-%d %H:%M:%S.%f"),
    ("2020-01-01 +0530", "%Y-%m-%d %z"),
    ("2020-01-01 UTC", "%Y-%m-%d %Z"),
    ("29 Feb", "%d %b"),
    ("1 2 3", "%H %M %S"),
    ("123", "%H%M"),
    ("2021 23 1", "%Y %W %w"),
    ("2021 23 1", "%Y %U %w"),
    ("5", "%u"),
    ("10%", "%d%%"),
]
for s, f in cases:
    r = time.strptime(s, f)
    print(repr(s), tuple(r), r.tm_zone, r.tm_gmtoff)
for s, f in [("2021-13-01", "%Y-%m-%d"), ("2021-02-30", "%Y-%m-%d"), ("2021-01-01x", "%Y-%m-%d"), ("x", "%Q"), ("x", "%"), ("", "%Y")]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print("ValueError", e)
try:
    time.strptime(5, "%Y")
except TypeError as e:
    print("TypeError", e)
print(time.strptime("Sat Jan  1 00:00:00 2000"))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError", e)
for bad in ["x", (1, 2), None]:
    try:
        time.asctime(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in ["1", None, -1, float("nan")]:
    try:
        time.sleep(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(time.gmtime(0.999).tm_sec, time.gmtime(-0.5).tm_sec, time.gmtime(-1).tm_year, time.gmtime(2**33).tm_year)
try:
    time.gmtime(float("nan"))
except ValueError as e:
    print("ValueError", e)
print(time.monotonic_ns() <= time.monotonic_ns(), time.time_ns() // 10**18, time.thread_time_ns() >= 0, time.process_time_ns() >= 0)
print(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable, time.CLOCK_MONOTONIC, time.CLOCK_REALTIME)
print(time.mktime(time.localtime(1000000000)), isinstance(time.timezone, int), len(time.tzname), time.daylight in (0, 1))
print(time.ctime(0) == time.asctime(time.localtime(0)), time.strftime("%Y", time.localtime(0)) in ("1969", "1970"))
