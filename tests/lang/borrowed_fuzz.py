# Random expression shapes over locals (seeded): evaluating them must leave every
# reference count as it was (checks the borrowed-operand planning of LOAD_FAST).
import random, sys, warnings
warnings.filterwarnings("ignore", category=SyntaxWarning)
random.seed(7)
class A:
    v = 1
    def m(self, *a): return a
    def __getitem__(self, k): return k
    def __eq__(self, o): return self is o
    __hash__ = object.__hash__
    def __format__(self, spec): return "A" + spec
    def __contains__(self, k): return False
    def __add__(self, o): return self
    def __neg__(self): return self
G = A()
atoms = ["x", "y", "n", "G", "x.v", "G.v", "ONE", "S"]
ONE = 1
S = 's'
def gen(d):
    if d == 0: return random.choice(atoms)
    k = random.randrange(12)
    a, b = gen(d - 1), gen(d - 1)
    return [f"({a}, {b})[0]", f"[{a}, {b}][1]", f"{a}[{b}]", f"{a} == {b}", f"({a} is not {b})",
            f"({b} in x)", f"x.m({a}, {b})", f"f'{{{random.choice(atoms)}}}{{{random.choice(atoms)}!r:>{{n}}}}'", f"len([{a}, {b}])",
            f"(-{a} if n else {b})", f"{{{a}: {b}}}", f"str({a})[0:1]"][k]
exprs = [gen(random.randrange(1, 4)) for _ in range(150)]
def run(expr):
    code = compile("def t(x, y, n):\n    return " + expr + "\n", "<s>", "exec")
    ns = {}
    exec(code, globals(), ns)
    t = ns["t"]
    x, y = A(), A()
    bx, by = sys.getrefcount(x), sys.getrefcount(y)
    for _ in range(3):
        try:
            r = t(x, y, 3)
        except Exception as e:
            r = type(e).__name__
    r = None
    return (sys.getrefcount(x) - bx, sys.getrefcount(y) - by)
bad = 0
for e in exprs:
    r = run(e)
    if r != (0, 0):
        print(e, r)
        bad += 1
print("nonzero:", bad)
