# an uncaught error raised while handling another: both tracebacks go to stderr
class Inventory:
    def __init__(self, items):
        self.items = dict(items)

    def take(self, name, qty):
        have = self.items[name]
        if qty > have:
            raise ValueError(f"only {have} {name} left, wanted {qty}")
        self.items[name] = have - qty
        return qty

    def take_all(self, orders):
        done = []
        for name, qty in orders:
            try:
                done.append(self.take(name, qty))
            except KeyError:
                print("unknown item", name)
                done.append(0)
        return done


def report(inv, orders):
    try:
        got = inv.take_all(orders)
    except ValueError as exc:
        print("order failed:", exc)
        ratio = sum(q for _, q in orders) / len([o for o in orders if o[1] > 100])
        return ratio
    return got


inv = Inventory({"apple": 5, "pear": 2})
print(report(inv, [("apple", 1), ("plum", 3)]))
print(inv.items)
print(report(inv, [("apple", 1), ("pear", 9)]))
