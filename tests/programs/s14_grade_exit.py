"""Gradebook validator that exits with status codes: argparse-free config checks, atexit, sys.exit."""
import atexit
import sys
from statistics import mean

ROSTER = """\
# name, hw1, hw2, midterm, final
ada, 95, 88, 91, 97
bob, 72, 65, , 70
cy, 100, 100, 98, 101
dee, 55, 61, 48, 52
eve, 88, 92, 85, 90
"""
WEIGHTS = {"hw1": 0.15, "hw2": 0.15, "midterm": 0.3, "final": 0.4}
CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]


class ValidationError(Exception):
    def __init__(self, line, message):
        super().__init__(f"line {line}: {message}")
        self.line = line


def cleanup(label):
    print(f"[atexit] {label}", file=sys.stderr)


atexit.register(cleanup, "closing gradebook")
atexit.register(print, "[atexit] flushed report")


def parse(text):
    rows, errors = [], []
    cols = list(WEIGHTS)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, *raw = [part.strip() for part in line.split(",")]
        try:
            if len(raw) != len(cols):
                raise ValidationError(n, f"expected {len(cols)} scores, got {len(raw)}")
            scores = {}
            for col, value in zip(cols, raw):
                if not value:
                    raise ValidationError(n, f"{name}: missing {col}")
                score = int(value)
                if not 0 <= score <= 100:
                    raise ValidationError(n, f"{name}: {col}={score} out of range")
                scores[col] = score
            rows.append((name, scores))
        except ValidationError as e:
            errors.append(e)
    return rows, errors


def letter(total):
    return next(grade for cutoff, grade in CUTOFFS if total >= cutoff)


def report(rows):
    print(f"{'name':<6}" + "".join(f"{c:>9}" for c in WEIGHTS) + f"{'total':>8} grade")
    totals = []
    for name, scores in rows:
        total = sum(scores[c] * w for c, w in WEIGHTS.items())
        totals.append(total)
        print(f"{name:<6}" + "".join(f"{scores[c]:>9}" for c in WEIGHTS) + f"{total:>8.2f} {letter(total)}")
    print(f"class average {mean(totals):.3f}; highest {max(totals):.1f}")
    return totals


def main(argv):
    strict = "--strict" in argv
    rows, errors = parse(ROSTER)
    report(rows)
    for e in errors:
        print("warning:", e, file=sys.stderr)
    if abs(sum(WEIGHTS.values()) - 1) > 1e-9:
        sys.exit("weights must sum to 1")
    failing = [name for name, s in rows if letter(sum(s[c] * w for c, w in WEIGHTS.items())) == "F"]
    if failing:
        print("failing:", ", ".join(failing))
    try:
        if errors and strict:
            sys.exit(len(errors))
    finally:
        print("main finally runs before exit")
    if errors:
        raise SystemExit(f"{len(errors)} invalid rows; rerun after fixing line {errors[0].line}")
    return 0


try:
    main(["--strict"])
except SystemExit as e:
    print("caught SystemExit with code", repr(e.code), "args", e.args)
sys.stdout.flush()
sys.exit(main([]))
