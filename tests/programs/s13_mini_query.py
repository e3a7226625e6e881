"""A tiny SQL-ish query engine over lists of dicts: parsing, WHERE, GROUP BY, ORDER BY, JOIN."""
import re
import operator
from itertools import groupby
from collections import namedtuple

EMPLOYEES = [
    dict(id=1, name="Ada", dept="eng", salary=120_000, age=36),
    dict(id=2, name="Grace", dept="eng", salary=135_500, age=45),
    dict(id=3, name="Linus", dept="ops", salary=99_000, age=29),
    dict(id=4, name="Barbara", dept="research", salary=150_250, age=52),
    dict(id=5, name="Ken", dept="ops", salary=99_000, age=61),
    dict(id=6, name="Margaret", dept="eng", salary=142_000, age=33),
    dict(id=7, name="Dennis", dept="research", salary=None, age=40),
]
DEPTS = [dict(dept="eng", floor=3, head="Grace"), dict(dept="ops", floor=1, head="Ken"),
         dict(dept="sales", floor=2, head="Nobody")]
TABLES = {"employees": EMPLOYEES, "depts": DEPTS}

Query = namedtuple("Query", "cols table join where group order limit")
TOKEN = re.compile(r"""\s*(?:(?P<num>-?\d+(?:\.\d+)?)|(?P<str>'[^']*')|(?P<op><=|>=|!=|=|<|>)|(?P<word>[\w.*()]+)|(?P<comma>,))""")
OPS = {"=": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt, "<=": operator.le, ">=": operator.ge}
AGG = {"count": len, "sum": sum, "max": max, "min": min, "avg": lambda xs: round(sum(xs) / len(xs), 2)}


class QueryError(Exception):
    pass


def parse(sql):
    m = re.fullmatch(r"select (?P<cols>.+?) from (?P<table>\w+)(?: join (?P<join>\w+) on (?P<on>\w+))?"
                     r"(?: where (?P<where>.+?))?(?: group by (?P<group>\w+))?(?: order by (?P<order>.+?))?(?: limit (?P<limit>\d+))?",
                     sql.strip(), re.IGNORECASE)
    if not m:
        raise QueryError(f"cannot parse: {sql!r}")
    cols = [c.strip() for c in m["cols"].split(",")]
    where = []
    if m["where"]:
        for cond in re.split(r"\s+and\s+", m["where"], flags=re.I):
            toks = [(t.lastgroup, t.group(t.lastgroup)) for t in TOKEN.finditer(cond)]
            if len(toks) != 3 or toks[1][0] != "op":
                raise QueryError(f"bad condition {cond!r}: {toks}")
            (_, field), (_, op), (kind, raw) = toks
            value = {"num": lambda r: float(r) if "." in r else int(r), "str": lambda r: r[1:-1], "word": str}[kind](raw)
            where.append((field, OPS[op], value))
    order = []
    for part in (m["order"] or "").split(","):
        if part.strip():
            field, *dirn = part.split()
            order.append((field, bool(dirn) and dirn[0].lower() == "desc"))
    return Query(cols, m["table"], (m["join"], m["on"]) if m["join"] else None, where, m["group"], order,
                 int(m["limit"]) if m["limit"] else None)


def run(sql):
    q = parse(sql)
    try:
        rows = [dict(r) for r in TABLES[q.table]]
    except KeyError:
        raise QueryError(f"no such table: {q.table}") from None
    if q.join:
        other, key = q.join
        index = {r[key]: r for r in TABLES[other]}
        rows = [{**r, **index[r[key]]} for r in rows if r[key] in index]
    for field, op, value in q.where:
        rows = [r for r in rows if r.get(field) is not None and op(r[field], value)]
    if q.group:
        rows.sort(key=operator.itemgetter(q.group))
        grouped = []
        for key, grp in groupby(rows, key=operator.itemgetter(q.group)):
            grp = list(grp)
            out = {q.group: key}
            for c in q.cols:
                fm = re.fullmatch(r"(\w+)\((\w+|\*)\)", c)
                if fm:
                    fn, arg = fm.groups()
                    vals = grp if arg == "*" else [g[arg] for g in grp if g[arg] is not None]
                    out[c] = AGG[fn](vals) if vals else None
            grouped.append(out)
        rows = grouped
    for field, desc in reversed(q.order):
        rows.sort(key=lambda r: (r[field] is None, r[field]), reverse=desc)
    if q.limit is not None:
        rows = rows[:q.limit]
    cols = [c for c in q.cols if c != "*"] or list(rows[0]) if rows else q.cols
    return cols, [[r.get(c) for c in cols] for r in rows]


def show(sql):
    print(f"> {sql}")
    try:
        cols, rows = run(sql)
    except QueryError as e:
        print(f"  error: {e}")
        return
    widths = [max(len(str(c)), *(len(f"{v:,}" if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v)) for v in col))
              for c, col in zip(cols, zip(*rows))] if rows else [len(c) for c in cols]
    fmt = lambda v, w: f"{v:>{w},}" if isinstance(v, (int, float)) else f"{str(v):<{w}}"
    print("  " + " | ".join(f"{c:^{w}}" for c, w in zip(cols, widths)))
    print("  " + "-+-".join("-" * w for w in widths))
    for r in rows:
        print("  " + " | ".join(fmt(v, w) for v, w in zip(r, widths)))
    print(f"  ({len(rows)} row{'s' if len(rows) != 1 else ''})")


show("select name, salary from employees where dept = 'eng' order by salary desc")
show("select name, age from employees where age >= 40 and salary > 100000")
show("select dept, count(*), avg(salary), max(age) from employees group by dept order by dept")
show("select name, floor, head from employees join depts on dept order by floor, name desc")
show("select * from employees where salary = 99000 order by age desc limit 1")
show("select name, salary from employees order by salary limit 3")
show("select name from employees where name != 'Ada' and age < 35")
show("select name from nowhere")
show("select name employees")
show("select name from employees where age ~ 3")
print(parse("select a, b from t where x = 'y z' and n <= -2.5 order by a desc, b limit 9"))
by = operator.attrgetter("table", "limit")
print(by(parse("select a from t limit 5")), operator.itemgetter(1, -1)("abcd"), operator.methodcaller("split", ",")("a,b"))
