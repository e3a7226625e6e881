from collections import defaultdict, Counter, OrderedDict
import functools

class Item:
    __slots__ = ("sku", "name", "price", "qty", "tags")
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
        self.tags = frozenset(tags)
    def __repr__(self):
        return "Item(%r, %r, %.2f, qty=%d)" % (self.sku, self.name, self.price, self.qty)
    @property
    def value(self):
        return self.price * self.qty

class Inventory:
    def __init__(self):
        self._items = OrderedDict()
        self.log = []
    def add(self, item):
        if item.sku in self._items:
            raise KeyError(item.sku)
        self._items[item.sku] = item
    def __getitem__(self, sku):
        return self._items[sku]
    def __contains__(self, sku):
        return sku in self._items
    def __iter__(self):
        yield from self._items.values()
    def restock(self, **amounts):
        for sku, n in amounts.items():
            self[sku].qty += n
            self.log.append(f"restock {sku} +{n}")
    def sell(self, sku, n=1):
        it = self[sku]
        if it.qty < n:
            raise ValueError(f"only {it.qty} of {it.name!r} left")
        it.qty -= n
        self.log.append(f"sell {sku} -{n}")
        return it.price * n
    def by_tag(self):
        d = defaultdict(list)
        for it in self:
            for t in sorted(it.tags):
                d[t].append(it.sku)
        return dict(d)
    def report(self):
        w = max(len(i.name) for i in self)
        lines = [f"{'SKU':<6}|{'Name':^{w}}|{'Qty':>5}|{'Value':>10}"]
        lines.append("-" * len(lines[0]))
        for i in sorted(self, key=lambda i: (-i.value, i.sku)):
            lines.append(f"{i.sku:<6}|{i.name:^{w}}|{i.qty:>5d}|{i.value:>10.2f}")
        return "\n".join(lines)

inv = Inventory()
for args in [("A1", "widget", 2.5, 10, ["tools", "small"]),
             ("B2", "gadget", 12.0, 3, ["tools"]),
             ("C3", "gizmo", 7.25, 0, ["toys", "small"]),
             ("D4", "doohickey", 0.99, 100)]:
    inv.add(Item(*args))
print(inv.report())
inv.restock(C3=5, A1=1)
total = 0
for sku, n in [("A1", 3), ("B2", 4), ("C3", 5), ("Z9", 1)]:
    try:
        total += inv.sell(sku, n)
    except ValueError as e:
        print("error:", e)
    except KeyError as e:
        print("missing:", e)
print(f"{total=:.2f}")
print(inv.report())
print(inv.by_tag())
print(inv.log)
print("A1" in inv, "Q" in inv)
try:
    inv.add(Item("A1", "dup", 1))
except KeyError as e:
    print("dup", repr(e))
it = inv["A1"]
try:
    it.color = "red"
except AttributeError as e:
    print(e)
try:
    print(it.__dict__)
except AttributeError as e:
    print(e)
c = Counter()
for line in inv.log:
    c[line.split()[0]] += 1
print(c.most_common())
print(functools.reduce(lambda a, b: a + b.value, inv, 0))
print(sorted(Item.__slots__))
del it.qty
try:
    it.qty
except AttributeError as e:
    print(e)
