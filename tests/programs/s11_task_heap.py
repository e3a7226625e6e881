"""Priority task scheduler: heapq, dataclass(order=True), datetime arithmetic, bisect."""
import heapq
import bisect
from dataclasses import dataclass, field
from datetime import datetime, timedelta, time, date
from itertools import count
from enum import IntEnum


class Prio(IntEnum):
    CRITICAL = 0
    HIGH = 1
    NORMAL = 2
    LOW = 3


@dataclass(order=True)
class Task:
    due: datetime
    prio: Prio
    seq: int
    name: str = field(compare=False)
    minutes: int = field(default=30, compare=False)
    tags: set = field(default_factory=set, compare=False, repr=False)

    def __str__(self):
        return f"{self.name:<14} {self.prio.name:<8} due {self.due:%a %d %b %H:%M} ({self.minutes}m)"


seq = count()
base = datetime(2024, 3, 8, 9, 0)
raw = [
    ("write report", Prio.HIGH, 5, 90, {"docs"}),
    ("fix prod bug", Prio.CRITICAL, 1, 45, {"ops", "urgent"}),
    ("lunch", Prio.NORMAL, 3.5, 60, set()),
    ("code review", Prio.NORMAL, 2, 30, {"dev"}),
    ("plan sprint", Prio.HIGH, 26, 120, {"mgmt"}),
    ("refactor", Prio.LOW, 50, 240, {"dev"}),
    ("email", Prio.LOW, 0.25, 15, set()),
    ("deploy", Prio.CRITICAL, 4, 20, {"ops"}),
]
heap = []
for name, prio, hours, mins, tags in raw:
    heapq.heappush(heap, Task(base + timedelta(hours=hours), prio, next(seq), name, mins, tags))
print("peek:", heap[0])
print("3 most urgent by priority:", [t.name for t in heapq.nsmallest(3, heap, key=lambda t: (t.prio, t.due))])
print("longest:", [(t.name, t.minutes) for t in heapq.nlargest(2, heap, key=lambda t: t.minutes)])

clock = base
work_end = time(17, 30)
log = []
while heap:
    task = heapq.heappop(heap)
    start = max(clock, task.due - timedelta(minutes=task.minutes))
    if start.time() >= work_end:
        start = datetime.combine(start.date() + timedelta(days=1), time(9))
    while start.weekday() >= 5:
        start += timedelta(days=1)
    end = start + timedelta(minutes=task.minutes)
    late = end - task.due if end > task.due else timedelta(0)
    log.append((task, start, end, late))
    clock = end
    print(f"{start:%Y-%m-%d %H:%M}-{end:%H:%M} {task} {'LATE ' + str(late) if late else 'on time'}")

total = sum((e - s for _, s, e, _ in log), timedelta())
print("busy:", total, total.total_seconds() / 3600, "hours;", "late tasks:", sum(1 for *_, l in log if l))
print(repr(total), timedelta(days=1, hours=-1), timedelta(seconds=-1), -timedelta(hours=2, minutes=3))
print(timedelta(microseconds=1500), timedelta(days=400) // 7, timedelta(hours=3) * 1.5, timedelta(hours=1) / 7)
print(abs(timedelta(days=-2)), timedelta.max, timedelta.min, timedelta.resolution)
try:
    print(datetime.max + timedelta(days=1))
except OverflowError as e:
    print("OverflowError:", e)

# bisect: bucket tasks into time slots and grade scores
slots = [time(9), time(12), time(14), time(17)]
labels = ["before 9", "morning", "midday", "afternoon", "evening"]
for task, s, e, _ in log:
    print(f"{task.name:<14} -> {labels[bisect.bisect_right(slots, s.time())]}")
scores = [33, 99, 77, 70, 89, 90, 100, 59, 60]
breakpoints, grades = [60, 70, 80, 90], "FDCBA"
print([grades[bisect.bisect(breakpoints, s)] for s in scores])
ordered = []
for s in scores:
    bisect.insort(ordered, s)
print(ordered, bisect.bisect_left(ordered, 70), bisect.bisect_right(ordered, 70), bisect.bisect(ordered, 5, hi=3))
byname = sorted(log, key=lambda r: r[0].name)
names = [r[0].name for r in byname]
i = bisect.bisect_left(names, "deploy")
print(i, names[i], bisect.bisect_left(byname, "l", key=lambda r: r[0].name))
d = date(2024, 2, 28)
print([(d + timedelta(days=k)).strftime("%a %d %b %Y, day %j, week %W") for k in range(3)])
print(date(2024, 3, 8).replace(day=31), date.fromisoformat("2024-12-25").weekday(), date(2024, 1, 1) < date(2024, 1, 2))
print(datetime(2024, 3, 8, 14, 5).strftime("%I:%M %p | %H%M | %-d" if False else "%I:%M %p | %H%M"), datetime(2024, 1, 1).isoformat(), datetime(2024, 1, 1, 0, 0, 0, 500).isoformat())
print(datetime(2024, 3, 8, 14, 5, 7).time(), time(23, 59, 59, 999999), time(1, 2).isoformat("minutes"), str(time()))
