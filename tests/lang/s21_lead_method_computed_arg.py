# A method call whose one argument is a binary operation on locals or a number
# constant (`s.add(row + c)`), on a local and on a free variable: built-in methods,
# Python methods, overflow to big ints, errors and their tracebacks.
import traceback


def local_receivers():
    s = set()
    items = []
    row, c = 3, 4
    for k in range(5):
        s.add(row + k)
        s.add(row - k)
        items.append(k * 2)
        items.append(k / 4)
    print(sorted(s), items)
    s.discard(row + 1)
    s.discard(row - 100)
    print(sorted(s))
    big = 2 ** 62
    items.append(big + big)          # overflows a machine int: the general path
    items.append(big * 4)
    print(items[-2:], type(items[-1]).__name__)
    x = 7
    items.append(x % 3)
    items.append(x // 2)
    items.append(-x // 2)             # negative floor division
    items.append(-x % 3)
    items.append(x ** 2)
    items.append(x ^ 5)
    print(items[-6:])
    d = {}
    print(d.get(x + 1), d.setdefault(x - 1, "six") if False else None)
    text = "abcabc"
    print(text.count("a" + "b"), text.find(text[0] + "c"))
    f = 1.5
    print([].count(f * 2), [3.0].count(f * 2), [3.0].index(f + f))


def closure_receivers():
    cols = set()
    diag = set()
    placed = []

    def place(row):
        for c in range(4):
            if c in cols or row + c in diag:
                continue
            cols.add(c)
            diag.add(row + c)
            placed.append(row * 10)
            if row < 2:
                place(row + 1)
            diag.discard(row + c)
            cols.discard(c)
    place(0)
    print(placed, sorted(cols), sorted(diag))


class Box:
    def __init__(self):
        self.got = []

    def add(self, v):
        self.got.append(v)
        return v


class MySet(set):
    def add(self, v):
        print("MySet.add", v)
        super().add(v)


def python_receivers():
    b = Box()
    a, k = 2, 5
    for i in range(3):
        b.add(a + i)
        b.add(k * 3)
    print(b.got)
    m = MySet()
    m.add(a + k)
    print(sorted(m))

    def inner():
        b.add(a - k)
        m.add(k + 0.5)
    inner()
    print(b.got[-1], sorted(m))


def errors():
    s = {1, 2}
    a, b = 1, 2
    try:
        s.remove(a + b)
    except KeyError as e:
        print("KeyError", e)
        traceback.print_exc()
    lst = []
    try:
        lst.index(a * 10)
    except ValueError as e:
        print("ValueError", e)
    try:
        "x".count(a + b)
    except TypeError as e:
        print("TypeError", e)
    try:
        s.add(a / 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        s.add(unbound + 1)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    unbound = 5
    try:
        [].append(1, a + b)
    except TypeError as e:
        print("TypeError", e)
    t = ()
    try:
        t.append(a + b)
    except AttributeError as e:
        print("AttributeError", e)
    s2 = frozenset()
    try:
        s2.add(a + b)
    except AttributeError as e:
        print("AttributeError", e)


local_receivers()
closure_receivers()
python_receivers()
errors()
