"""Library management: books, members, loans with dataclasses and dates."""
from dataclasses import dataclass, field
from datetime import date, timedelta
from collections import defaultdict
from enum import Enum


class Genre(Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    copies: int = 1

    def __str__(self):
        return f"{self.title!r} by {self.author}"


@dataclass
class Member:
    name: str
    member_id: int
    loans: list = field(default_factory=list)
    fines: float = 0.0


class LibraryError(Exception):
    pass


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.available = defaultdict(int)
        self.ledger = []

    def add_book(self, book):
        self.books[book.isbn] = book
        self.available[book.isbn] += book.copies

    def join(self, name):
        m = Member(name, len(self.members) + 1)
        self.members[m.member_id] = m
        return m

    def checkout(self, member_id, isbn, day):
        m = self.members[member_id]
        if isbn not in self.books:
            raise LibraryError(f"unknown ISBN {isbn}")
        if self.available[isbn] == 0:
            raise LibraryError(f"no copies of {self.books[isbn]} left")
        if len(m.loans) >= 3:
            raise LibraryError(f"{m.name} has too many loans")
        if m.fines > 1:
            raise LibraryError(f"{m.name} owes ${m.fines:.2f}")
        self.available[isbn] -= 1
        due = day + timedelta(days=self.LOAN_DAYS)
        m.loans.append((isbn, due))
        self.ledger.append(("out", day, m.name, isbn))
        return due

    def checkin(self, member_id, isbn, day):
        m = self.members[member_id]
        for i, (b, due) in enumerate(m.loans):
            if b == isbn:
                del m.loans[i]
                break
        else:
            raise LibraryError(f"{m.name} did not borrow {isbn}")
        self.available[isbn] += 1
        late = (day - due).days
        fine = max(0, late) * self.FINE_PER_DAY
        m.fines += fine
        self.ledger.append(("in", day, m.name, isbn))
        return late, fine

    def report(self):
        by_genre = defaultdict(list)
        for b in self.books.values():
            by_genre[b.genre].append(b)
        for g in Genre:
            books = sorted(by_genre[g], key=lambda b: (b.author.split()[-1], b.title))
            print(f"== {g.name.title()} ({len(books)}) ==")
            for b in books:
                print(f"   {b.isbn:<6} {str(b):<45} {self.available[b.isbn]}/{b.copies}")


lib = Library()
for args in [("111", "Dune", "Frank Herbert", Genre.FICTION, 2), ("222", "Cosmos", "Carl Sagan", Genre.SCIENCE),
             ("333", "SPQR", "Mary Beard", Genre.HISTORY, 1), ("444", "Emma", "Jane Austen", Genre.FICTION, 1),
             ("555", "The Gene", "Siddhartha Mukherjee", Genre.SCIENCE, 3)]:
    lib.add_book(Book(*args))
ann, ben = lib.join("Ann"), lib.join("Ben")
d0 = date(2024, 2, 20)
ops = [("out", 1, "111", 0), ("out", 2, "111", 1), ("out", 1, "111", 2), ("out", 1, "222", 2), ("out", 1, "333", 3),
       ("out", 1, "444", 3), ("in", 1, "111", 20), ("in", 2, "111", 10), ("in", 2, "222", 11), ("out", 1, "444", 21),
       ("in", 1, "222", 30), ("out", 1, "555", 31), ("out", 2, "999", 31)]
for kind, mid, isbn, offset in ops:
    day = d0 + timedelta(days=offset)
    try:
        if kind == "out":
            print(f"{day:%b %d} {lib.members[mid].name} borrows {isbn}: due {lib.checkout(mid, isbn, day):%a %Y-%m-%d}")
        else:
            late, fine = lib.checkin(mid, isbn, day)
            print(f"{day:%b %d} {lib.members[mid].name} returns {isbn}: {late:+d} days, fine ${fine:.2f}")
    except LibraryError as e:
        print(f"{day:%b %d} refused: {e}")
lib.report()
for m in lib.members.values():
    print(m)
print(len(lib.ledger), lib.ledger[-1], Genre("science"), Genre.FICTION.value)
