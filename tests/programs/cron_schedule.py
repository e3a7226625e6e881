"""Parsing cron expressions and computing the next run times with datetime arithmetic."""
from datetime import datetime, timedelta

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
DAYS = {d: i for i, d in enumerate("sun mon tue wed thu fri sat".split())}
ALIASES = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0", "@monthly": "0 0 1 * *"}


class CronError(ValueError):
    pass


def parse_field(text, name, lo, hi):
    names = MONTHS if name == "month" else DAYS if name == "weekday" else {}
    values = set()
    for part in text.lower().split(","):
        body, _, step = part.partition("/")
        step = int(step) if step else 1
        if step <= 0:
            raise CronError(f"{name}: step must be positive")
        if body == "*":
            a, b = lo, hi
        elif "-" in body:
            a, b = (names.get(x) if x in names else int(x) for x in body.split("-", 1))
        else:
            a = names.get(body) if body in names else int(body)
            b = hi if step > 1 else a
        if not (lo <= a <= hi and lo <= b <= hi) or a > b:
            raise CronError(f"{name}: {part!r} outside {lo}-{hi}")
        values.update(range(a, b + 1, step))
    return sorted(values)


def parse(expr):
    expr = ALIASES.get(expr, expr)
    parts = expr.split()
    if len(parts) != 5:
        raise CronError(f"expected 5 fields, got {len(parts)}")
    try:
        return {name: parse_field(p, name, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}
    except ValueError as exc:
        if isinstance(exc, CronError):
            raise
        raise CronError(f"bad number in {expr!r}: {exc}") from None


def matches(spec, t):
    wd = (t.weekday() + 1) % 7
    return (t.minute in spec["minute"] and t.hour in spec["hour"] and t.month in spec["month"]
            and t.day in spec["day"] and wd in spec["weekday"])


def next_runs(expr, start, count=3):
    spec = parse(expr)
    t = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
    out = []
    limit = start + timedelta(days=366 * 2)
    while len(out) < count and t < limit:
        if t.month not in spec["month"]:
            t = (t.replace(day=1, hour=0, minute=0) + timedelta(days=32)).replace(day=1)
            continue
        if t.day not in spec["day"] or (t.weekday() + 1) % 7 not in spec["weekday"]:
            t = t.replace(hour=0, minute=0) + timedelta(days=1)
            continue
        if t.hour not in spec["hour"]:
            t = t.replace(minute=0) + timedelta(hours=1)
            continue
        if matches(spec, t):
            out.append(t)
        t += timedelta(minutes=1)
    return out


now = datetime(2024, 2, 27, 22, 47, 30)
for expr in ["*/15 * * * *", "0 9 * * mon-fri", "30 2 29 feb *", "@daily", "@weekly", "5 4 * * sun",
             "0 0 1,15 * *", "0 12 * jan,jul *", "59 23 31 * *", "0 */6 * * *", "15 10 * * 6/1"]:
    runs = next_runs(expr, now)
    print(f"{expr:<16} -> " + ", ".join(r.strftime("%a %Y-%m-%d %H:%M") for r in runs))

spec = parse("*/20 8-10 * * 1-5")
print({k: v if len(v) < 8 else f"{v[0]}..{v[-1]} ({len(v)})" for k, v in spec.items()})
for bad in ["* * * *", "61 * * * *", "* * * 13 *", "*/0 * * * *", "a b c d e", "5-1 * * * *", "* * * foo *",
            "0 0 0 * *"]:
    try:
        parse(bad)
        print("accepted", bad)
    except CronError as exc:
        print(f"CronError: {exc}")
gaps = [(b - a) for a, b in zip(next_runs("0 9 * * mon-fri", now, 6), next_runs("0 9 * * mon-fri", now, 6)[1:])]
print([str(g) for g in gaps], sum(gaps, timedelta()) / len(gaps))
