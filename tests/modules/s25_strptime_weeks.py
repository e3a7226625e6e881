# strptime with week numbers: %U/%W with a weekday (%w, %u, %a) decide the date,
# as do the ISO directives %G/%V with a weekday; %j overrides a month and day;
# CPython's errors for an ISO year or week used without its partners. Both
# datetime.strptime and time.strptime (whose tm_yday is the day counted from the
# year's January 1st, even past 365) are checked.
import datetime as dt
import time


def show(s, f):
    try:
        d = dt.datetime.strptime(s, f)
    except ValueError as e:
        d = f"ValueError: {e}"
    try:
        t = time.strptime(s, f)[:8]
    except ValueError as e:
        t = f"ValueError: {e}"
    print(f"{s!r:18} {f!r:14} {d}  {t}")


for year in (2019, 2020, 2023, 2024):
    for week in (0, 1, 9, 52, 53):
        show(f"{year} {week} 0", "%Y %W %w")
        show(f"{year} {week} 3", "%Y %U %w")
        show(f"{year} {week} Fri", "%Y %W %a")
    for week in (1, 52, 53):
        show(f"{year}-W{week:02d}-1", "%G-W%V-%u")
        show(f"{year}-W{week:02d}-7", "%G-W%V-%u")
    show(f"Sunday {year} 1", "%A %G %V")

# a sprint planner: the Monday of every 4th ISO week
for wk in range(1, 53, 4):
    start = dt.datetime.strptime(f"2024 {wk} 1", "%G %V %u").date()
    end = start + dt.timedelta(days=4)
    print(f"sprint W{wk:02d}: {start:%a %d %b} - {end:%a %d %b} (iso {start.isocalendar().week})")

show("2024-05-06 010", "%Y-%m-%d %j")
show("2024 10", "%Y %W")
show("10 3", "%W %w")
show("2023 52", "%G %V")
show("2023 5", "%Y %V")
show("2023 5 1", "%Y %V %u")
show("2023 5 1 3", "%G %V %u %j")
show("5 1", "%V %u")
show("2024 2023 5 1", "%Y %G %V %u")
show("2023 5 1 2", "%G %V %u %W")
show("02-29", "%m-%d")
show("2023-02-30", "%Y-%m-%d")
