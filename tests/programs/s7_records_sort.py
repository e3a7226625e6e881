"""Dataclass-based employee records sorted and grouped several ways."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar, FrozenInstanceError
from operator import attrgetter, itemgetter
from itertools import groupby
from typing import ClassVar, Optional
import dataclasses


@dataclass(order=True, frozen=True)
class Money:
    cents: int

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        d, c = divmod(abs(self.cents), 100)
        return f"{sign}${d:,}.{c:02d}"

    def __add__(self, other):
        return Money(self.cents + other.cents)


@dataclass
class Employee:
    name: str
    dept: str
    salary: Money
    age: int = 30
    skills: list = field(default_factory=list)
    manager: Optional["Employee"] = field(default=None, repr=False, compare=False)
    ssn: InitVar[str] = None
    count: ClassVar[int] = 0

    def __post_init__(self, ssn):
        Employee.count += 1
        self.masked = None if ssn is None else "***-**-" + ssn[-4:]
        if self.age < 0:
            raise ValueError(f"age must be >= 0, not {self.age}")


@dataclass(kw_only=True, slots=True)
class Office:
    city: str
    floors: int = 1


staff = [
    Employee("Ada", "eng", Money(1250000), 36, ["rust", "python"], ssn="123-45-6789"),
    Employee("Grace", "eng", Money(1320050), 45, ["cobol"]),
    Employee("Linus", "ops", Money(990000), 28),
    Employee("Barbara", "research", Money(1100000), 52, ["clu"]),
    Employee("Ken", "ops", Money(990000), 61, ["c", "go"]),
    Employee("Dennis", "eng", Money(1010099), 41),
]
staff[2].manager = staff[4]
print(staff[0])
print(repr(staff[2]))
print(staff[0].masked, staff[1].masked, Employee.count)
print(asdict(staff[4]))
print(astuple(Money(5)), [f.name for f in fields(Employee)], dataclasses.is_dataclass(staff[0]))

for label, key, rev in [("by name", attrgetter("name"), False),
                        ("by salary desc, name", lambda e: (-e.salary.cents, e.name), False),
                        ("by dept then age", attrgetter("dept", "age"), False),
                        ("by #skills desc", lambda e: len(e.skills), True)]:
    print(f"-- {label}")
    for e in sorted(staff, key=key, reverse=rev):
        print(f"   {e.name:<8} {e.dept:<9} {str(e.salary):>13} {e.age:>3} {','.join(e.skills) or '-'}")

by_dept = sorted(staff, key=attrgetter("dept"))
for dept, members in groupby(by_dept, key=attrgetter("dept")):
    members = list(members)
    total = sum((m.salary for m in members), Money(0))
    avg_age = sum(m.age for m in members) / len(members)
    print(f"{dept:>10}: n={len(members)} total={total} avg_age={avg_age:.1f}")

print(sorted([Money(5), Money(-3), Money(0)]), Money(1) < Money(2), max(staff, key=attrgetter("salary")).name)
print(Money(-12345), Money(7), hash(Money(3)) == hash(Money(3)), Money(3) == Money(3))
try:
    Money(3).cents = 4
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    staff[0] < staff[1]
except TypeError as e:
    print(e)
try:
    Employee("X", "y", Money(1), -1)
except ValueError as e:
    print(e)
try:
    Employee("X")
except TypeError as e:
    print(e)
o = Office(city="Oslo")
print(o, replace(o, floors=3), Office.__slots__)
try:
    Office("Oslo")
except TypeError as e:
    print(e)
try:
    o.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
e2 = replace(staff[1], name="Grace H.", ssn="000-00-1111")
print(e2.name, e2.masked, e2 == staff[1], staff[1] == replace(staff[1], manager=staff[0]))
rows = [astuple(e)[:4] for e in staff]
print(sorted(rows, key=itemgetter(3))[0], itemgetter(0, 2)(rows[0]))
print(Employee.__eq__.__qualname__, Money.__lt__.__qualname__, Money.__match_args__)
