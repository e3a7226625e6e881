"""Library lending system: ABCs, properties, class/static methods, __slots__, rich comparisons,
custom exception hierarchy and an uncaught chained exception at the end."""
from abc import ABC, abstractmethod
from collections import defaultdict, Counter
from datetime import date, timedelta
from functools import total_ordering
import itertools


class LibraryError(Exception):
    code = 100

    def __str__(self):
        return f"[E{self.code}] {super().__str__()}"


class NotAvailable(LibraryError):
    code = 200


class LimitReached(LibraryError):
    code = 300


class UnknownItem(LibraryError, KeyError):
    code = 404


@total_ordering
class Item(ABC):
    _ids = itertools.count(1)
    loan_days = 14

    def __init__(self, title, year):
        self.id = next(Item._ids)
        self.title = title
        self.year = year
        self._borrower = None

    @property
    @abstractmethod
    def kind(self): ...

    @abstractmethod
    def fine_per_day(self): ...

    @property
    def available(self):
        return self._borrower is None

    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.title, self.year) == (other.title, other.year)

    def __lt__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return (self.year, self.title) < (other.year, other.title)

    def __hash__(self):
        return hash((self.title, self.year))

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.title!r}, {self.year})"


class Book(Item):
    kind = "book"

    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author

    def fine_per_day(self):
        return 0.25


class DVD(Item):
    kind = "dvd"
    loan_days = 7

    def fine_per_day(self):
        return 1.0 if self.year > 2015 else 0.5


class Member:
    __slots__ = ("name", "limit", "loans")

    def __init__(self, name, limit=2):
        self.name, self.limit, self.loans = name, limit, {}

    def __repr__(self):
        return f"Member({self.name!r}, loans={sorted(i.id for i in self.loans)})"


class Library:
    def __init__(self):
        self.items = {}
        self.history = defaultdict(list)

    def add(self, *items):
        for it in items:
            self.items[it.id] = it
        return self

    @staticmethod
    def due_date(item, start):
        return start + timedelta(days=item.loan_days)

    @classmethod
    def with_catalog(cls, catalog):
        lib = cls()
        for kind, *args in catalog:
            lib.add({"book": Book, "dvd": DVD}[kind](*args))
        return lib

    def lend(self, item_id, member, when):
        try:
            item = self.items[item_id]
        except KeyError:
            raise UnknownItem(f"no item {item_id}") from None
        if not item.available:
            raise NotAvailable(f"{item.title} is out with {item._borrower.name}")
        if len(member.loans) >= member.limit:
            raise LimitReached(f"{member.name} already has {len(member.loans)} items")
        item._borrower = member
        member.loans[item] = self.due_date(item, when)
        self.history[member.name].append(item.title)
        return member.loans[item]

    def give_back(self, item, member, when):
        due = member.loans.pop(item)
        item._borrower = None
        late = max((when - due).days, 0)
        return late * item.fine_per_day()


lib = Library.with_catalog([
    ("book", "Dune", 1965, "Herbert"), ("book", "Neuromancer", 1984, "Gibson"),
    ("dvd", "Arrival", 2016), ("dvd", "Alien", 1979), ("book", "Dune", 1965, "Herbert"),
])
ann, bob = Member("Ann"), Member("Bob", limit=1)
day0 = date(2024, 1, 10)
for mid, who in [(1, ann), (3, ann), (2, ann), (3, bob), (4, bob), (9, bob), (5, bob)]:
    try:
        print(f"lend #{mid} to {who.name}: due {lib.lend(mid, who, day0):%b %d}")
    except LibraryError as e:
        print(f"lend #{mid} to {who.name}: {type(e).__name__} {e}", "(KeyError)" if isinstance(e, KeyError) else "")
print(ann, bob)
fines = {}
for who, back in ((ann, day0 + timedelta(days=20)), (bob, day0 + timedelta(days=3))):
    for item in list(who.loans):
        fines[(who.name, item.title)] = lib.give_back(item, who, back)
print(fines, f"total ${sum(fines.values()):.2f}")
items = list(lib.items.values())
print(sorted(items), max(items), items[0] == items[4], items[0] is items[4], len(set(items)))
print(items[1] > items[0], items[2] <= items[3], items[0] != "Dune", sorted(items, key=lambda i: (i.kind, -i.year)))
print(Counter(i.kind for i in items), dict(lib.history), [i.fine_per_day() for i in items])
try:
    Item("x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    ann.nickname = "A"
except AttributeError as e:
    print("AttributeError:", e)
try:
    items[0] < 5
except TypeError as e:
    print("TypeError:", e)
print(LibraryError.__mro__[1:3], UnknownItem.__mro__, issubclass(UnknownItem, LookupError))
print(str(UnknownItem("k")), repr(UnknownItem("k")), UnknownItem("k").args)


def audit(lib):
    for item in lib.items.values():
        try:
            assert item.available, f"{item} still out"
            lib.lend(item.id, Member("auditor", 0), day0)
        except LimitReached as e:
            raise RuntimeError(f"audit failed on {item.title}") from e


audit(lib)
