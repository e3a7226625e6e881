# Changing an OrderedDict while iterating over it: CPython's OrderedDict
# iterator says "OrderedDict mutated during iteration", and one that has handed
# out its last key simply ends (the key added then is not visited); a plain dict
# (and a dict subclass) reports "dictionary changed size during iteration".
from collections import OrderedDict, defaultdict, Counter


def attempt(label, body):
    try:
        result = body()
    except RuntimeError as e:
        result = f"RuntimeError: {e}"
    print(f"{label:<28} {result}")


class Recent(OrderedDict):
    pass


def grow(factory, n):
    def body():
        d = factory((str(i), i) for i in range(n))
        for k in d:
            d["new" + k] = 0
        return list(d)
    return body


def shrink(factory, n):
    def body():
        d = factory((str(i), i) for i in range(n))
        for k in list(d)[:1]:
            pass
        for k in d:
            del d[k]
        return list(d)
    return body


for name, factory in [("OrderedDict", OrderedDict), ("Recent", Recent), ("dict", dict),
                      ("defaultdict", lambda items: defaultdict(int, items)), ("Counter", Counter)]:
    for n in (1, 2, 3):
        attempt(f"grow {name}({n})", grow(factory, n))
        attempt(f"shrink {name}({n})", shrink(factory, n))


def values_view():
    od = OrderedDict(a=1, b=2)
    for v in od.values():
        od["c" + str(v)] = v


def items_view():
    od = OrderedDict(a=1, b=2, c=3)
    for k, v in od.items():
        od.pop(k)


def update_values():
    od = OrderedDict(a=1, b=2)
    for k in od:
        od[k] *= 10
    return od


def move_to_end_ok():
    od = OrderedDict.fromkeys("abc", 0)
    order = []
    for k in list(od):
        od.move_to_end(k, last=False)
        order.append(k)
    return list(od), order


for f in (values_view, items_view, update_values, move_to_end_ok):
    attempt(f.__name__, f)
