# A small library catalog: dataclasses (ordering, frozen, defaults, post-init,
# replace, asdict), sorting with keys, grouping, and formatted reports.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, InitVar
from collections import Counter, defaultdict
from itertools import groupby
from operator import attrgetter
import json


@dataclass(frozen=True, order=True)
class Isbn:
    code: str

    def __post_init__(self):
        digits = self.code.replace("-", "")
        if len(digits) != 13 or not digits.isdigit():
            raise ValueError(f"bad ISBN {self.code!r}")

    def check_ok(self):
        digits = [int(c) for c in self.code.replace("-", "")]
        total = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits[:12]))
        return (10 - total % 10) % 10 == digits[12]


@dataclass(order=True)
class Book:
    sort_key: tuple = field(init=False, repr=False, compare=True)
    title: str = field(compare=False)
    author: str = field(compare=False)
    year: int = field(compare=False)
    isbn: Isbn = field(compare=False)
    tags: list = field(default_factory=list, compare=False)
    copies: int = field(default=1, compare=False)
    lang: InitVar[str] = "en"

    def __post_init__(self, lang):
        self.sort_key = (self.author.split()[-1].lower(), self.year)
        if lang != "en":
            self.tags.append(f"lang:{lang}")


BOOKS = [
    Book("Dune", "Frank Herbert", 1965, Isbn("978-0-441-17271-9"), ["scifi", "classic"], 3),
    Book("Neuromancer", "William Gibson", 1984, Isbn("978-0-441-56959-5"), ["scifi", "cyberpunk"]),
    Book("Emma", "Jane Austen", 1815, Isbn("978-0-14-143958-7"), ["classic", "romance"], 2),
    Book("Persuasion", "Jane Austen", 1817, Isbn("978-0-14-143968-6"), ["classic"]),
    Book("Der Process", "Franz Kafka", 1925, Isbn("978-3-15-009524-3"), ["classic"], lang="de"),
    Book("Count Zero", "William Gibson", 1986, Isbn("978-0-441-11773-4"), ["scifi"], 0),
]

print("== by author then year ==")
for b in sorted(BOOKS):
    print(f"{b.author:<16}|{b.year:>5} | {b.title:<12.12}| x{b.copies}")

print("\n== repr / asdict ==")
print(BOOKS[0])
d = asdict(BOOKS[2])
print(sorted(d))
print(json.dumps({k: d[k] for k in ("title", "isbn", "tags")}, sort_keys=True))
print(astuple(BOOKS[3])[1:4])
print([f.name for f in fields(Book)])

print("\n== replace ==")
e2 = replace(BOOKS[2], copies=5, lang="fr")
print(e2.copies, e2.tags, BOOKS[2].tags, e2 == BOOKS[2], e2 < BOOKS[3])

print("\n== isbn checks ==")
for b in BOOKS:
    print(f"{b.isbn.code:>20} {'ok' if b.isbn.check_ok() else 'BAD'}")
try:
    Isbn("12-34")
except ValueError as exc:
    print("ValueError:", exc)
try:
    BOOKS[0].isbn.code = "x"
except Exception as exc:
    print(type(exc).__name__, exc)
print(len({Isbn("978-0-441-17271-9"), Isbn("978-0-441-17271-9")}))

print("\n== tags ==")
tag_counts = Counter(t for b in BOOKS for t in b.tags)
for tag, n in sorted(tag_counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {tag:<10}{'#' * n} {n}")
print(tag_counts.most_common(2))

print("\n== by decade ==")
keyf = lambda b: b.year // 10 * 10
for decade, group in groupby(sorted(BOOKS, key=keyf), key=keyf):
    titles = ", ".join(map(attrgetter("title"), group))
    print(f"{decade}s: {titles}")

print("\n== availability ==")
by_author = defaultdict(lambda: [0, 0])
for b in BOOKS:
    by_author[b.author][0] += 1
    by_author[b.author][1] += b.copies
for author, (titles, copies) in sorted(by_author.items(), key=lambda kv: kv[1][1], reverse=True):
    pct = copies / sum(b.copies for b in BOOKS)
    print(f"{author:.<20}{titles:>2} titles {copies:>2} copies {pct:>7.1%}")
out = [b.title for b in BOOKS if not b.copies]
print("out of stock:", out or "none")
