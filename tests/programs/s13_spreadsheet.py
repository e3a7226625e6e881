"""A spreadsheet with formulas, dependency tracking and cycle detection."""
import re
from functools import reduce
import operator

CELL_RE = re.compile(r"\b([A-Z])([1-9][0-9]*)\b")
RANGE_RE = re.compile(r"\b([A-Z])([0-9]+):([A-Z])([0-9]+)\b")


class CycleError(Exception):
    def __init__(self, path):
        self.path = path
        super().__init__(" -> ".join(path))


class FormulaError(ValueError):
    pass


class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}

    def set(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()

    def expand_ranges(self, expr):
        def repl(m):
            c1, r1, c2, r2 = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
            cells = [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1)
                     for r in range(r1, r2 + 1)]
            return "[" + ", ".join(cells) + "]"
        return RANGE_RE.sub(repl, expr)

    def deps(self, ref):
        v = self.raw.get(ref, "")
        if isinstance(v, str) and v.startswith("="):
            return sorted(set("".join(m) for m in CELL_RE.findall(self.expand_ranges(v[1:]))))
        return []

    def value(self, ref, stack=()):
        if ref in stack:
            raise CycleError(list(stack[stack.index(ref):]) + [ref])
        if ref in self.cache:
            return self.cache[ref]
        v = self.raw.get(ref, 0)
        if isinstance(v, str) and v.startswith("="):
            expr = self.expand_ranges(v[1:])
            env = {"SUM": sum, "MAX": max, "MIN": min,
                   "AVG": lambda xs: sum(xs) / len(xs),
                   "PROD": lambda xs: reduce(operator.mul, xs, 1)}
            for name in set("".join(m) for m in CELL_RE.findall(expr)):
                env[name] = self.value(name, stack + (ref,))
            try:
                v = eval(expr, {"__builtins__": {}}, env)
            except ZeroDivisionError as e:
                raise FormulaError(f"{ref}: {e}") from e
            except NameError as e:
                raise FormulaError(f"{ref}: bad name in {v!r}") from None
        self.cache[ref] = v
        return v

    def render(self, cols, rows):
        print("    " + "".join(f"{c:>14}" for c in cols))
        for r in range(1, rows + 1):
            cells = []
            for c in cols:
                try:
                    val = self.value(f"{c}{r}")
                except CycleError:
                    val = "#CYCLE"
                except FormulaError:
                    val = "#ERR"
                if isinstance(val, float):
                    cells.append(f"{val:>14.3f}")
                elif isinstance(val, int):
                    cells.append(f"{val:>14,}")
                else:
                    cells.append(f"{val!s:>14}")
            print(f"{r:>3} " + "".join(cells))


s = Sheet()
data = {"A1": 12, "A2": 30, "A3": 7, "A4": 1_000_000,
        "B1": "=A1*2", "B2": "=A2/4", "B3": "=A3**20", "B4": "=SUM(A1:A4)",
        "C1": "=AVG(A1:A3)", "C2": "=MAX(B1:B3) - MIN(A1:A3)", "C3": "=PROD(A1:A3)",
        "C4": "=B4 % 7 + B1 // 5"}
for k, v in data.items():
    s.set(k, v)
s.render("ABC", 4)
print("deps of C2:", s.deps("C2"))
print("deps of B4:", s.deps("B4"))

s.set("D1", "=D2 + 1")
s.set("D2", "=D3 * 2")
s.set("D3", "=D1")
s.set("D4", "=A1 / (A3 - 7)")
s.render("D", 4)
try:
    s.value("D2")
except CycleError as e:
    print("cycle:", e, "| path length", len(e.path))
try:
    s.value("D4")
except FormulaError as e:
    print("formula error:", e, "| cause:", repr(e.__cause__))

s.set("E1", "=undefined_thing + 1")
try:
    s.value("E1")
except FormulaError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

topo = []
seen = set()


def visit(ref):
    if ref in seen:
        return
    seen.add(ref)
    for d in s.deps(ref):
        visit(d)
    topo.append(ref)


for ref in sorted(data):
    visit(ref)
print("evaluation order:", " ".join(topo))
print(s.value("D4"))
