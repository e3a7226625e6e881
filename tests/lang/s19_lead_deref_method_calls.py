# Method calls on a free variable (a closure's cell) with arguments that are locals or
# constants: built-in methods, overridden methods, errors and rebinding during the call.
import traceback


def outer():
    items = []
    seen = set()
    counts = {}
    text = "a,b,,c"

    def inner(x):
        items.append(x)
        seen.add(x)
        seen.discard(-1)
        n = counts.get(x, 0)
        counts.__setitem__(x, n + 1)
        parts = text.split(",")
        return items.pop(), len(parts), text.count(",", 1)

    return inner, items, seen, counts


inner, items, seen, counts = outer()
for v in [3, 1, 3, "é", 2 ** 80]:
    print(inner(v))
print(items, sorted(seen, key=str), counts)


class MyList(list):
    def append(self, x):
        print("MyList.append", x)
        super().append(x * 2)


def make(kind):
    box = kind()

    def put(x):
        box.append(x)
        return box

    return put


print(make(list)(5), make(MyList)(5))


def rebinding():
    s = set()

    class Key:
        def __hash__(self):
            nonlocal s
            s = None
            return 7

        def __eq__(self, other):
            return self is other

    k = Key()

    def add():
        s.add(k)
        return s

    r = add()
    print(type(r).__name__, len(r) if r is not None else None, s)


rebinding()


def errors():
    lst = [1, 2]
    d = {}

    def bad1():
        return lst.append()

    def bad2(a, b):
        return lst.append(a, b)

    def bad3(x):
        return d.get()

    def bad4():
        return lst.pop(5)

    def bad5():
        return gone.append(1)

    for fn, args in [(bad1, ()), (bad2, (1, 2)), (bad3, (0,)), (bad4, ())]:
        try:
            fn(*args)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        bad5()
    except NameError as e:
        print(type(e).__name__, e)
    gone = []
    print(bad5(), gone)
    try:
        lst.index(99)
    except ValueError:
        traceback.print_exc()


errors()


def generic():
    o = type("O", (), {"m": lambda self, a=1: ("m", a)})()
    lst = [3, 1, 2]

    def call(v):
        return o.m(v), o.m(), lst.sort(reverse=True), lst.copy(), lst.index(v)

    return call


print(generic()(2))
