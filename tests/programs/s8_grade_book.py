"""Grade book: reads 'name score score ...' lines from stdin, reports statistics."""
import sys
import statistics
from collections import defaultdict


class Student:
    __slots__ = ("name", "scores")

    def __init__(self, name):
        self.name = name
        self.scores = []

    @property
    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else 0.0

    def grade(self):
        avg = self.average
        for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if avg >= cutoff:
                return letter
        return "F"

    def __repr__(self):
        return f"Student({self.name!r}, {self.scores})"


def read_students(stream):
    students = {}
    problems = []
    for lineno, line in enumerate(stream, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, *raw = line.split()
        st = students.setdefault(name.title(), Student(name.title()))
        for tok in raw:
            try:
                val = float(tok)
            except ValueError:
                problems.append(f"line {lineno}: {tok!r} is not a number")
                continue
            if not 0 <= val <= 100:
                problems.append(f"line {lineno}: {val:g} out of range")
                continue
            st.scores.append(val)
    return students, problems


first = input("Course name: ")
print()
print(f"Course: {first.strip()!r}")
students, problems = read_students(sys.stdin)
width = max((len(n) for n in students), default=4)
print(f"{'Name':<{width}} | {'Avg':>6} | Grade | Scores")
print("-" * (width + 30))
by_grade = defaultdict(list)
for name in sorted(students, key=lambda n: (-students[n].average, n)):
    s = students[name]
    by_grade[s.grade()].append(name)
    scores = ", ".join(f"{x:g}" for x in s.scores) or "(none)"
    print(f"{name:<{width}} | {s.average:6.2f} | {s.grade():^5} | {scores}")
all_scores = [x for s in students.values() for x in s.scores]
if all_scores:
    print(f"\nmean={statistics.mean(all_scores):.3f} median={statistics.median(all_scores)} "
          f"stdev={statistics.stdev(all_scores):.3f} range={min(all_scores):g}-{max(all_scores):g}")
for g in "ABCDF":
    if by_grade[g]:
        print(f"{g}: {', '.join(by_grade[g])}")
for p in problems:
    print("warning:", p, file=sys.stderr)
try:
    extra = input()
except EOFError:
    print("no more input")
sys.exit(1 if problems else 0)
