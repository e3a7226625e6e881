# Locals read inside many expression shapes (tuples, calls, f-strings, subscripts,
# comparisons): evaluating them must leave every reference count as it was.
import sys

class A:
    v = 1
    def m(self, *a):
        return a
    def __getitem__(self, k):
        return k
    def __eq__(self, o):
        return self is o
    __hash__ = object.__hash__
    def __format__(self, spec):
        return "A" + spec
    def __contains__(self, k):
        return False

G = A()
H = A()
store = []

SHAPES = [
    "(x, y)[0]", "[x, y][1]", "(x,)[0] is x", "x[y]", "x[1:2]", "x.v", "x.m(y)", "x.m(x, y)",
    "f'{x}{y:>{n}}'", "f'{x!r:>5}'", "x == y", "x is None", "y in x", "(x, x)[0][0]",
    "len([x, y, x])", "x[(x, y)]", "{x: y}[x]", "[x][0].v", "x.m(*[x])", "str(x.v)",
    "G[x]", "G.m(G, H)", "(G, H)[1]", "G == x", "G is H", "x in {G: 1}", "[G][0]",
    "G[G]", "f'{G:>{n}}'", "(lambda q: q)(G)", "store.append(x) or store.pop()",
    "store.append(G) or store.pop()", "x.m(G)[0]", "G.m(x)[0][0]", "-n", "not x",
    "x[y.v]", "x[G.v]", "G[x.v]", "(x.v, G.v)[0]", "[x for _ in range(2)][1]",
]

def run(expr):
    code = compile("def t(x, y, n):\n    return " + expr + "\n", "<s>", "exec")
    ns = {"G": G, "H": H, "store": store, "A": A}
    exec(code, globals(), ns)
    t = ns["t"]
    x, y = A(), A()
    bx, by = sys.getrefcount(x), sys.getrefcount(y)
    for _ in range(5):
        r = t(x, y, 3)
    r = None
    return (sys.getrefcount(x) - bx, sys.getrefcount(y) - by)

for e in SHAPES:
    print(e.ljust(34), run(e))
