# Built-in method calls on locals with simple arguments (x.m(), x.m(a), x.m(a, b)):
# weft calls the native method directly with the arguments read in place. Every
# edge must behave as the plain call does.
import threading


def basics():
    b = []
    k = 3
    for i in range(5):
        b.append(i)
        b.append(k)
    print(b, b.pop(), b.pop(0), len(b))
    s = set()
    for i in range(4):
        s.add(i)
        s.discard(i - 1)
    print(sorted(s))
    d = {}
    for w in "a b a c b a".split():
        d[w] = d.get(w, 0) + 1
    print(sorted(d.items()))
    t = "hello world"
    sep = " "
    print(t.split(sep), t.upper(), t.replace("o", "0"), t.startswith("he"))
    print(t.count("l"), t.find("w"), "-".join(b[:3] and ["x", "y"]))
    ba = bytearray()
    ba.append(65)
    ba.extend(b"BC")
    print(ba)


def arity_errors():
    b = [1]
    for call in range(4):
        try:
            if call == 0:
                b.append()
            elif call == 1:
                b.append(1, 2)
            elif call == 2:
                b.pop(7)
            else:
                b.pop()
                b.pop()
        except (TypeError, IndexError) as e:
            print(type(e).__name__, e)
    d = {}
    try:
        d.get()
    except TypeError as e:
        print(e)
    s = "abc"
    try:
        s.split(1)
    except TypeError as e:
        print(e)


def unbound():
    try:
        b.append(1)
    except UnboundLocalError as e:
        print(e)
    b = []
    try:
        b.append(x)
    except UnboundLocalError as e:
        print(e)
    x = 1
    b.append(x)
    print(b)


class L(list):
    def append(self, v):
        print("L.append", v)
        super().append(v * 10)


class Plain(list):
    pass


def subclasses():
    for obj in ([], L(), Plain(), [], L()):
        obj.append(2)
        print(type(obj).__name__, list(obj))
    p = Plain()
    p.append = lambda v: print("instance attribute", v)
    p.append(5)
    print(list(p))


def polymorphic():
    out = []
    for x in ([3, 1], {2: 0}, {5}, [9], {7: 1}, frozenset({4})):
        c = x.copy()
        out.append(type(c).__name__)
        out.append(len(c))
    print(out)
    for x in ("a,b", b"c,d", "e,f"):
        print(x.split(b"," if isinstance(x, bytes) else ","))


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if other.v == 99:
            raise ValueError("cannot compare 99")
        return self.v == other.v

    def __hash__(self):
        return 1


def callbacks():
    s = {Key(1), Key(2)}
    k = Key(3)
    s.add(k)
    print(len(s))
    bad = Key(99)
    try:
        s.add(bad)
    except ValueError as e:
        print("ValueError", e)
    items = [Key(1), Key(99)]
    probe = Key(99)
    try:
        items.index(probe)
    except ValueError as e:
        print("ValueError", e)

    def gen():
        yield "a"
        raise KeyError("from generator")

    sep = ","
    g = gen()
    try:
        sep.join(g)
    except KeyError as e:
        print("KeyError", e)


def shared_appends():
    shared = []
    st = set()

    def work(n):
        local = shared
        s = st
        for i in range(2000):
            local.append(i)
            s.add(n * 10000 + i)

    ts = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(timeout=60)
    print(len(shared), sum(shared), len(st))


def traceback_line():
    b = []
    b.pop()


basics()
arity_errors()
unbound()
subclasses()
polymorphic()
callbacks()
shared_appends()
traceback_line()
