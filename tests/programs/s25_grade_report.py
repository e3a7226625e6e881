# A course grade report: dataclasses, statistics, sorting with several keys,
# format specs, Counter and an exception for bad rows.
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from statistics import mean, median, pstdev
from decimal import Decimal, ROUND_HALF_UP

RAW = """\
name,section,hw1,hw2,midterm,final
Ada Lovelace,A,95,88,91,97
Alan Turing,B,78,85,,90
Grace Hopper,A,100,97,94,99
Edsger Dijkstra,B,65,72,70,68
Barbara Liskov,A,88,91,85,x
Donald Knuth,B,99,100,98,100
Ken Thompson,A,70,65,80,75
"""

WEIGHTS = {"hw1": Decimal("0.15"), "hw2": Decimal("0.15"), "midterm": Decimal("0.3"), "final": Decimal("0.4")}


class BadRow(ValueError):
    def __init__(self, line_no, reason):
        super().__init__(f"line {line_no}: {reason}")
        self.line_no = line_no


@dataclass(order=True)
class Student:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    section: str
    scores: dict = field(compare=False)

    def __post_init__(self):
        self.sort_key = (self.section, -self.total(), self.name)

    def total(self):
        t = sum((WEIGHTS[k] * Decimal(v) for k, v in self.scores.items()), Decimal(0))
        return t.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @property
    def letter(self):
        t = self.total()
        for cut, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
            if t >= cut:
                return letter
        return "F"


def parse(text):
    lines = text.splitlines()
    header = lines[0].split(",")
    students, problems = [], []
    for no, line in enumerate(lines[1:], start=2):
        cells = dict(zip(header, line.split(",")))
        try:
            scores = {}
            for k in WEIGHTS:
                v = cells[k]
                if not v:
                    raise BadRow(no, f"missing {k} for {cells['name']}")
                if not v.isdigit():
                    raise BadRow(no, f"bad {k} score {v!r}")
                scores[k] = int(v)
            students.append(Student(cells["name"], cells["section"], scores))
        except BadRow as e:
            problems.append(e)
    return students, problems


students, problems = parse(RAW)
for p in problems:
    print(f"skipped -> {p} (line {p.line_no}, {type(p).__mro__[1].__name__})")

print(f"{'Name':<18}{'Sec':^5}{'Total':>8} {'Grade'}")
print("-" * 38)
for s in sorted(students):
    print(f"{s.name:<18}{s.section:^5}{s.total():>8} {s.letter:>3}")

totals = [float(s.total()) for s in students]
print(f"\nmean={mean(totals):.2f} median={median(totals):.2f} sd={pstdev(totals):.3f}")
grades = Counter(s.letter for s in students)
print("grades:", ", ".join(f"{g}={n}" for g, n in sorted(grades.items())))
by_section = defaultdict(list)
for s in students:
    by_section[s.section].append(s)
for sec, group in sorted(by_section.items()):
    best = max(group, key=lambda s: s.total())
    print(f"section {sec}: {len(group)} students, best {best.name.split()[-1]} ({best.total()})")
print(repr(students[0]).split(", scores")[0] + ")")
print(students[0] == Student("Ada Lovelace", "A", {}), students[0] < students[1])
