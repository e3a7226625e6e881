# Module-level objects read by subscripts, attribute access and comparisons while the
# rest of the expression raises or rebinds them; rebinding a global frees the old
# object at once.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name
        self.items = [1, 2, 3]

    def __del__(self):
        print("del", self.name)

    def __getitem__(self, k):
        return self.items[k]


class Rebinder:
    name = "rebinder"

    def __getitem__(self, k):
        global OBJ
        OBJ = Noisy("replacement")
        return "rebound"


TABLE = {i: i * i for i in range(10)}
WEIGHTS = (3, 1, 4, 1, 5)
OBJ = Noisy("first")


def reads():
    out = []
    for i in range(12):
        try:
            out.append(TABLE[i] + WEIGHTS[i % 5])
        except KeyError as e:
            out.append("KeyError %s" % e)
    try:
        TABLE[1 // 0]
    except ZeroDivisionError as e:
        out.append(str(e))
    out.append(OBJ.items[1])
    out.append(OBJ.name == "first")
    out.append(3 in TABLE)
    out.append(WEIGHTS is None)
    return out


def rebind_inside():
    # OBJ's __getitem__ rebinds OBJ while OBJ is being subscripted.
    global OBJ
    OBJ = Rebinder()
    return OBJ["rebind"], OBJ.name


def loop(n):
    for i in range(n):
        TABLE[i % 10]
        WEIGHTS[i % 5]
        try:
            TABLE[i]
        except KeyError:
            pass
    return sys.getrefcount(TABLE), sys.getrefcount(WEIGHTS)


def refcounts():
    # Reading globals must not leak (or lose) references, however often it happens.
    few = loop(20)
    many = loop(2000)
    return many[0] - few[0], many[1] - few[1]


print(reads())
print(rebind_inside())
print("rebinding")
OBJ = None
print("rebound")
OBJ = Noisy("second")
print(OBJ[0])


def use():
    return OBJ.name


print(use())
OBJ = 5
print("end", refcounts())
code = compile("def f():\n    return X[0] + len(Y)\nr = f()\n", "<s>", "exec")
for i in range(5):
    ns = {"X": [i, i], "Y": "ab" * i}
    exec(code, ns)
    print(ns["r"])
code2 = compile("r = [X for _ in range(2)]", "<s>", "exec")
for i in range(3):
    g = {"X": i}
    exec(code2, g)
    print(g["r"])
