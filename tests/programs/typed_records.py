"""NamedTuple and TypedDict records: defaults, _replace, _asdict, subclassing."""
from typing import NamedTuple, TypedDict, Optional
from collections import namedtuple


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 50000
    manager: Optional[str] = None

    def raise_by(self, pct):
        return self._replace(salary=int(self.salary * (1 + pct / 100)))

    @property
    def initials(self):
        return "".join(w[0] for w in self.name.split())


class Movie(TypedDict):
    title: str
    year: int


class RatedMovie(Movie, total=False):
    stars: float


staff = [
    Employee("Ada Lovelace", "eng", 120000),
    Employee("Grace Hopper", "eng", 130000, "Ada Lovelace"),
    Employee("Ken Thompson", "ops"),
    Employee(name="Linus T", dept="ops", manager="Ken Thompson"),
]
for e in staff:
    print(e)
print(Employee._fields, Employee._field_defaults)
print(Employee.__annotations__)
print(staff[0].initials, staff[2].raise_by(10), staff[2].salary)
print(staff[1]._asdict())
print(Employee._make(["X Y", "hr", 1, None]))
try:
    Employee._make(["X Y", "hr", 1])
except TypeError as exc:
    print("TypeError:", exc)
name, dept, *rest = staff[3]
print(name, dept, rest)
print(staff[0] < staff[1], staff[0] == ("Ada Lovelace", "eng", 120000, None))
print(sorted(staff, key=lambda e: (e.dept, -e.salary)))
print(max(staff, key=lambda e: e.salary).name, sum(e.salary for e in staff))
print(staff[0][1:3], staff[0][-1], len(staff[0]), staff[0].count("eng"), staff[0].index("eng"))
try:
    staff[0].salary = 1
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    Employee("only")
except TypeError as exc:
    print("TypeError:", exc)
try:
    staff[0]._replace(age=3)
except ValueError as exc:
    print("ValueError:", exc)

Point = namedtuple("Point", "x y", defaults=[0])
P3 = namedtuple("P3", ["x", "y", "z"], rename=False)
print(Point(1), Point(1, 2), Point._field_defaults, P3(1, 2, 3)._asdict())
Bad = namedtuple("Bad", ["ok", "def", "_x", "ok"], rename=True)
print(Bad._fields)
for spec in [("T", "a a"), ("T", "a 1b"), ("T", "a _b"), ("class", "a")]:
    try:
        namedtuple(*spec)
    except ValueError as exc:
        print("ValueError:", exc)

m: Movie = {"title": "Alien", "year": 1979}
r: RatedMovie = {"title": "Heat", "year": 1995, "stars": 4.5}
print(m, r, type(m) is dict)
print(sorted(RatedMovie.__required_keys__), sorted(RatedMovie.__optional_keys__))
print(Movie.__total__, RatedMovie.__total__)
print(Movie(title="Up", year=2009))
movies = [m, r, RatedMovie(title="Cats", year=2019, stars=1.0)]
print(sorted(movies, key=lambda d: d.get("stars", 0)))


class Pair(namedtuple("Pair", "left right")):
    __slots__ = ()

    def __repr__(self):
        return f"<{self.left}|{self.right}>"

    def swap(self):
        return type(self)(self.right, self.left)


pp = Pair(1, "b")
print(pp, pp.swap(), tuple(pp), pp._asdict(), hasattr(pp, "__dict__"))
d = {Pair(1, 2): "a", (1, 2): "b"}
print(d)
