"""A metaclass-based ORM in miniature with an in-memory table store."""


class Column:
    _counter = 0

    def __init__(self, kind, primary=False, nullable=True):
        self.kind = kind
        self.primary = primary
        self.nullable = nullable
        Column._counter += 1
        self.order = Column._counter

    def __repr__(self):
        flags = []
        if self.primary:
            flags.append("pk")
        if not self.nullable:
            flags.append("not null")
        return f"Column({self.kind.__name__}{', ' if flags else ''}{', '.join(flags)})"


class ModelMeta(type):
    tables = {}

    def __new__(mcls, name, bases, ns, table=None):
        cols = {k: v for k, v in ns.items() if isinstance(v, Column)}
        for k in cols:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        inherited = {}
        for base in reversed(cls.__mro__[1:]):
            inherited.update(getattr(base, "_columns", {}))
        inherited.update(sorted(cols.items(), key=lambda kv: kv[1].order))
        cls._columns = inherited
        if bases:
            cls._table = table or name.lower() + "s"
            mcls.tables[cls._table] = []
            pks = [k for k, c in inherited.items() if c.primary]
            if len(pks) != 1:
                raise TypeError(f"{name} needs exactly one primary key, has {len(pks)}")
            cls._pk = pks[0]
        return cls

    def __len__(cls):
        return len(ModelMeta.tables.get(getattr(cls, "_table", None), []))

    def __iter__(cls):
        return iter(ModelMeta.tables[cls._table])

    def __repr__(cls):
        return f"<model {cls.__name__} table={getattr(cls, '_table', None)!r}>"


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for name, col in self._columns.items():
            v = values.pop(name, None)
            if v is None and not col.nullable:
                raise ValueError(f"{type(self).__name__}.{name} may not be null")
            if v is not None and not isinstance(v, col.kind):
                v = col.kind(v)
            object.__setattr__(self, name, v)
        if values:
            raise TypeError(f"unexpected columns {sorted(values)}")

    def save(self):
        rows = ModelMeta.tables[self._table]
        key = getattr(self, self._pk)
        for i, row in enumerate(rows):
            if getattr(row, self._pk) == key:
                rows[i] = self
                return "updated"
        rows.append(self)
        return "inserted"

    @classmethod
    def where(cls, **conds):
        def match(row):
            for k, v in conds.items():
                field, _, op = k.partition("__")
                val = getattr(row, field)
                if op == "" and val != v:
                    return False
                if op == "gt" and not (val is not None and val > v):
                    return False
                if op == "in" and val not in v:
                    return False
                if op == "startswith" and not str(val).startswith(v):
                    return False
            return True
        return [r for r in cls if match(r)]

    def __repr__(self):
        vals = " ".join(f"{k}={getattr(self, k)!r}" for k in self._columns)
        return f"<{type(self).__name__} {vals}>"


class Author(Model):
    id = Column(int, primary=True, nullable=False)
    name = Column(str, nullable=False)
    born = Column(int)


class Book(Model, table="library"):
    isbn = Column(str, primary=True, nullable=False)
    title = Column(str, nullable=False)
    author_id = Column(int)
    pages = Column(int)


class Ebook(Book):
    size_kb = Column(float)


print(Author, Book, Ebook, Model)
print(Author._columns)
print(list(Ebook._columns), Ebook._pk)
print(sorted(ModelMeta.tables))

for a in [dict(id=1, name="Le Guin", born=1929), dict(id="2", name="Pratchett", born="1948"),
          dict(id=3, name="Jemisin")]:
    print(Author(**a).save())
print(Author(id=1, name="Ursula K. Le Guin", born=1929).save())

books = [
    ("978-0", "A Wizard of Earthsea", 1, 183),
    ("978-1", "The Dispossessed", 1, 387),
    ("978-2", "Small Gods", 2, 284),
    ("978-3", "The Fifth Season", 3, 468),
    ("978-4", "Mort", 2, None),
]
for isbn, title, aid, pages in books:
    Book(isbn=isbn, title=title, author_id=aid, pages=pages).save()
Ebook(isbn="e-1", title="Guards! Guards!", author_id=2, pages=416, size_kb="812.5").save()

print(len(Author), len(Book), len(Ebook))
for a in Author:
    print(a)
print(Book.where(author_id=1))
print([b.title for b in Book.where(pages__gt=300)])
print([b.isbn for b in Book.where(author_id__in=(2, 3), title__startswith="The")])
print(Ebook.where(size_kb__gt=800))

by_author = {}
for b in Book:
    by_author.setdefault(b.author_id, []).append(b.pages or 0)
for a in sorted(Author, key=lambda a: a.name):
    pages = by_author.get(a.id, [])
    print(f"{a.name:<20}{len(pages):>3}{sum(pages):>6}")

for bad in [lambda: Author(id=None, name="x"), lambda: Author(id=9, name="y", age=3),
            lambda: Author(id="nine", name="z")]:
    try:
        bad()
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)

try:
    class NoKey(Model):
        x = Column(int)
except TypeError as exc:
    print(exc)
print(type(Author).__name__, isinstance(Author, ModelMeta), issubclass(Ebook, Book))
