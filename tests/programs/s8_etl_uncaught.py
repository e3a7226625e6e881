"""A small ETL step that validates records and finally dies with a chained, uncaught error."""
import csv
import io
import json
from collections import namedtuple

RAW = """id,name,age,email
1,Ann,34,ann@example.com
2,Bob,,bob@example.com
3,"Smith, Jr.",51,smith@example.com
4,Zoë,29,zoe@example
5,Eve,-3,eve@example.com
"""

Record = namedtuple("Record", "id name age email")


class ValidationError(Exception):
    def __init__(self, field, value, reason):
        super().__init__(field, value, reason)
        self.field = field

    def __str__(self):
        field, value, reason = self.args
        return f"{field}={value!r}: {reason}"


def parse_age(s):
    if not s:
        raise ValidationError("age", s, "missing")
    age = int(s)
    if age < 0:
        raise ValidationError("age", age, "negative")
    return age


def validate(row):
    if "@" not in row["email"] or "." not in row["email"].split("@")[1]:
        raise ValidationError("email", row["email"], "no domain")
    return Record(int(row["id"]), row["name"], parse_age(row["age"]), row["email"])


good, bad = [], []
for row in csv.DictReader(io.StringIO(RAW)):
    try:
        good.append(validate(row))
    except ValidationError as e:
        bad.append((row["id"], e.field, str(e)))

for r in good:
    print(f"{r.id:>3} {r.name:<12}{r.age:>4}  {r.email}")
for b in bad:
    print("rejected:", *b)
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
w.writerow(Record._fields)
w.writerows(good)
print(out.getvalue(), end="")
print(json.dumps([r._asdict() for r in good], indent=1, ensure_ascii=False))


def load_all(rows):
    for row in rows:
        try:
            validate(row)
        except ValidationError as e:
            raise RuntimeError(f"record {row['id']} failed") from e   


def main():
    rows = list(csv.DictReader(io.StringIO(RAW)))
    try:
        load_all(rows)  
    finally:
        print("cleanup done")


main()  
