# A command interpreter for a tiny warehouse, driven by a script of commands:
# shlex parsing, dispatch through a dict of bound methods, custom exceptions,
# OrderedDict/most_common, and str formatting of tables.
import shlex
from collections import OrderedDict, Counter


class InventoryError(Exception):
    pass


class UnknownItem(InventoryError, KeyError):
    def __str__(self):
        return f"no such item: {self.args[0]!r}"


class Warehouse:
    def __init__(self):
        self.stock = OrderedDict()
        self.log = []
        self.moves = Counter()

    def cmd_add(self, name, qty="1", price="0"):
        qty, price = int(qty), float(price)
        if qty <= 0:
            raise InventoryError(f"quantity must be positive, got {qty}")
        item = self.stock.setdefault(name, {"qty": 0, "price": price})
        item["qty"] += qty
        item["price"] = price or item["price"]
        self.moves[name] += qty
        return f"added {qty} x {name}"

    def cmd_take(self, name, qty="1"):
        qty = int(qty)
        try:
            item = self.stock[name]
        except KeyError:
            raise UnknownItem(name) from None
        if item["qty"] < qty:
            raise InventoryError(f"only {item['qty']} {name} left")
        item["qty"] -= qty
        self.moves[name] += qty
        if not item["qty"]:
            del self.stock[name]
        return f"took {qty} x {name}"

    def cmd_list(self):
        rows = [f"{n:<10}{d['qty']:>5}{d['price']:>9.2f}{d['qty'] * d['price']:>10.2f}" for n, d in self.stock.items()]
        total = sum(d["qty"] * d["price"] for d in self.stock.values())
        return "\n".join([f"{'item':<10}{'qty':>5}{'price':>9}{'value':>10}", *rows, f"{'TOTAL':<24}{total:>10.2f}"])

    def cmd_top(self, n="2"):
        return "; ".join(f"{k}:{v}" for k, v in self.moves.most_common(int(n)))

    def cmd_rename(self, old, new):
        if new in self.stock:
            raise InventoryError(f"{new} exists")
        self.stock[new] = self.stock.pop(old)
        self.stock.move_to_end(new, last=False)
        return f"{old} -> {new}"

    def run(self, line):
        words = shlex.split(line, comments=True)
        if not words:
            return None
        name, *args = words
        method = getattr(self, "cmd_" + name, None)
        if method is None:
            return f"error: unknown command {name!r}"
        try:
            return method(*args)
        except UnknownItem as e:
            return f"error: {e} [{type(e).__name__}, is KeyError: {isinstance(e, KeyError)}]"
        except InventoryError as e:
            return f"error: {e}"
        except (TypeError, ValueError) as e:
            return f"bad arguments for {name}: {e}"


script = '''
add widget 10 2.50
add "big gadget" 3 19.99   # comment
add widget 5
take widget 4
take gizmo
take "big gadget" 5
add bolt -3
add nut x
rename widget sprocket
take sprocket 11
list
top 3
frobnicate now
take
'''
w = Warehouse()
for line in script.strip().splitlines():
    out = w.run(line)
    if out is not None:
        print(f"> {line.split('#')[0].strip()}")
        print("  " + out.replace("\n", "\n  "))
