# a failing run: a warning, output flushed in order, then an uncaught error inside a generator pipeline
import sys, warnings
def parse_records(lines):
    for n, line in enumerate(lines, 1):
        name, _, value = line.partition("=")
        if not value:
            warnings.warn(f"line {n}: no value for {name!r}")
            continue
        yield name.strip(), float(value)
def totals(records):
    acc = {}
    for k, v in records:
        acc[k] = acc.get(k, 0) + v
    return acc
print(totals(parse_records(["a = 1", "b=2.5", "a=0.5"])))
sys.stdout.flush()
print("to stderr", file=sys.stderr)
print(totals(parse_records(["x=1", "y", "x = 2", "z = two"])))
