# Recipe scaling and shopping lists: fractions for quantities, unit conversion
# tables, text parsing with str methods, Counter/defaultdict aggregation,
# functools.reduce/partial, custom exceptions with chaining, and aligned output.
from fractions import Fraction
from collections import Counter, defaultdict
from functools import reduce, partial
from dataclasses import dataclass
import re

RECIPES = {
    "pancakes": """
        serves 4
        1 1/2 cup flour
        3 1/2 tsp baking powder
        1 tbsp sugar
        1/4 tsp salt
        1 1/4 cup milk
        1 egg
        3 tbsp butter
    """,
    "omelette": """
        serves 1
        3 egg
        2 tbsp milk
        1/2 tbsp butter
        1 pinch salt
    """,
    "cookies": """
        serves 24
        2 1/4 cup flour
        1 tsp salt
        1 cup butter
        3/4 cup sugar
        2 egg
        2 cup chocolate
    """,
}

TO_TSP = {"tsp": Fraction(1), "tbsp": Fraction(3), "cup": Fraction(48), "pinch": Fraction(1, 16)}


class RecipeError(Exception):
    pass


@dataclass
class Item:
    qty: Fraction
    unit: str | None
    name: str

    def in_tsp(self):
        return self.qty * TO_TSP[self.unit]


def parse_qty(text):
    total = Fraction(0)
    for part in text.split():
        total += Fraction(part)
    return total


LINE = re.compile(r"^(?P<qty>\d+(?: \d+/\d+)?|\d+/\d+)\s+(?:(?P<unit>tsp|tbsp|cup|pinch)\s+)?(?P<name>[a-z ]+)$")


def parse(name, text):
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    head, *rest = lines
    if not head.startswith("serves "):
        raise RecipeError(f"{name}: missing 'serves' line")
    serves = int(head.removeprefix("serves "))
    items = []
    for no, ln in enumerate(rest, 2):
        m = LINE.match(ln)
        if m is None:
            raise RecipeError(f"{name}:{no}: cannot read {ln!r}")
        try:
            qty = parse_qty(m["qty"])
        except (ValueError, ZeroDivisionError) as exc:
            raise RecipeError(f"{name}:{no}: bad quantity") from exc
        items.append(Item(qty, m["unit"], m["name"]))
    return serves, items


def mixed(q):
    """Format a Fraction as a cook would: 1 1/2, 3/4, 2."""
    whole, rest = divmod(q.numerator, q.denominator)
    if rest == 0:
        return str(whole)
    frac = f"{rest}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


def best_unit(tsp):
    for unit in ("cup", "tbsp", "tsp"):
        q = tsp / TO_TSP[unit]
        if q >= Fraction(1, 4) and (q * 4).denominator == 1:
            return q, unit
    return tsp, "tsp"


parsed = {name: parse(name, text) for name, text in RECIPES.items()}
for name, (serves, items) in parsed.items():
    print(f"{name.title()} (serves {serves}): {len(items)} items")

print("\n-- pancakes for 6 --")
serves, items = parsed["pancakes"]
factor = Fraction(6, serves)
for it in items:
    q = it.qty * factor
    unit = f" {it.unit}" if it.unit else ""
    print(f"  {mixed(q):>6}{unit:<6} {it.name}")

plan = {"pancakes": 8, "omelette": 3, "cookies": 12}
need_tsp = defaultdict(Fraction)
need_count = Counter()
for dish, people in plan.items():
    serves, items = parsed[dish]
    scale = partial(lambda f, q: q * f, Fraction(people, serves))
    for it in items:
        if it.unit is None:
            need_count[it.name] += scale(it.qty)
        else:
            need_tsp[it.name] += scale(it.in_tsp())

print("\n-- shopping list --")
for name in sorted(need_tsp, key=lambda n: (-need_tsp[n], n)):
    q, unit = best_unit(need_tsp[name])
    print(f"  {name:<12}{mixed(q):>8} {unit:<5}({float(need_tsp[name]):7.2f} tsp)")
for name, n in need_count.most_common():
    whole = -(-n.numerator // n.denominator)
    print(f"  {name:<12}{whole:>8} (exactly {mixed(n)})")

total = reduce(lambda a, b: a + b, need_tsp.values(), Fraction(0))
print(f"\ntotal volume: {mixed(total)} tsp = {float(total / 48):.3f} cups")
print("ratio flour:sugar =", need_tsp["flour"] / need_tsp["sugar"])

for bad in ("serves x\n1 egg", "1 cup flour", "serves 2\n1/0 cup flour", "serves 2\nlots of love"):
    try:
        parse("bad", bad)
    except RecipeError as exc:
        cause = type(exc.__cause__).__name__ if exc.__cause__ else "-"
        print(f"RecipeError: {exc} (cause: {cause})")
    except ValueError as exc:
        print(f"ValueError: {exc}")
