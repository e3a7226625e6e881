"""Sorted indexes with bisect: grades, time ranges, interval lookup, insort with keys."""
import bisect
from bisect import bisect_left, bisect_right, insort


def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 59.999, 60]])


class SortedIndex:
    def __init__(self, pairs=()):
        self.keys = []
        self.values = []
        for k, v in pairs:
            self.add(k, v)

    def add(self, key, value):
        i = bisect_right(self.keys, key)
        self.keys.insert(i, key)
        self.values.insert(i, value)

    def range(self, lo, hi):
        i = bisect_left(self.keys, lo)
        j = bisect_right(self.keys, hi)
        return list(zip(self.keys[i:j], self.values[i:j]))

    def floor(self, key):
        i = bisect_right(self.keys, key)
        if i == 0:
            raise KeyError(key)
        return self.keys[i - 1], self.values[i - 1]

    def ceiling(self, key):
        i = bisect_left(self.keys, key)
        if i == len(self.keys):
            raise KeyError(key)
        return self.keys[i], self.values[i]

    def __len__(self):
        return len(self.keys)


idx = SortedIndex([(10, "a"), (5, "b"), (20, "c"), (10, "d"), (15, "e"), (-3, "f")])
print(idx.keys, idx.values, len(idx))
print(idx.range(5, 15), idx.range(11, 14), idx.range(100, 200))
print(idx.floor(12), idx.ceiling(12), idx.floor(10), idx.ceiling(-100))
for k in (-4, 21):
    for fn in (idx.floor, idx.ceiling):
        try:
            print(fn.__name__, k, fn(k))
        except KeyError as exc:
            print(fn.__name__, k, "KeyError", exc)

log = [("09:00", "boot"), ("09:05", "login"), ("09:05", "mail"), ("10:30", "lunch"), ("13:15", "meet")]
times = [t for t, _ in log]
for q in ["08:59", "09:05", "09:06", "23:59"]:
    i = bisect_right(times, q)
    print(q, "last event:", log[i - 1][1] if i else None, "| next:", log[i][1] if i < len(log) else None)

people = [("ann", 31), ("bob", 25), ("cat", 40)]
people.sort(key=lambda p: p[1])
insort(people, ("dan", 33), key=lambda p: p[1])
insort(people, ("eve", 25), key=lambda p: p[1])
bisect.insort_left(people, ("fay", 25), key=lambda p: p[1])
print(people)
ages = [p[1] for p in people]
print(bisect_left(people, 33, key=lambda p: p[1]), bisect_right(people, 25, key=lambda p: p[1]))
print(bisect_left(ages, 25, 2), bisect_right(ages, 100, 0, 3), bisect_left(ages, 0, hi=0))

words = sorted("pear Apple fig banana cherry date Elder".split(), key=str.lower)
print(words)
print(bisect_left(words, "c", key=str.lower), bisect_left(words, "C"))

for bad in [lambda: bisect_left([1, 2], 1, -1), lambda: bisect_left(None, 1), lambda: bisect_left([1, "a"], 0.5),
            lambda: insort(3, 4)]:
    try:
        print(bad())
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)

# merge intervals and point-in-interval queries
intervals = sorted([(5, 8), (1, 3), (2, 4), (10, 12), (7, 9), (12, 13)])
merged = []
for lo, hi in intervals:
    if merged and lo <= merged[-1][1]:
        merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
    else:
        merged.append((lo, hi))
print(merged)
starts = [lo for lo, _ in merged]
for p in [0, 1, 4, 4.5, 9, 11, 13, 14]:
    i = bisect_right(starts, p) - 1
    inside = i >= 0 and merged[i][0] <= p <= merged[i][1]
    print(p, merged[i] if inside else "-")

data = list(range(0, 100, 7))
print([bisect_left(data, x) for x in (0, 6, 7, 8, 98, 99)], bisect_right(data, 98))
