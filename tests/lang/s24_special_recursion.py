# Recursion through special methods: each level costs the Python frame plus the
# native levels CPython counts (rich comparison, the call of a built-in, the repr
# of an object, a call through tp_call). The depth reached and the message tell.
import sys

depth = 0


def probe(name, fn):
    global depth
    depth = 0
    try:
        fn()
    except RecursionError as e:
        print(f"{name:<8} depth={depth:<4} {e}")
    else:
        print(name, "no error")


class ReprSelf:
    def __repr__(self):
        global depth
        depth += 1
        return repr(self)


class FmtRepr:
    def __repr__(self):
        global depth
        depth += 1
        return f"<{self!r}>"


class PctRepr:
    def __repr__(self):
        global depth
        depth += 1
        return "%r" % (self,)


class HashSelf:
    def __hash__(self):
        global depth
        depth += 1
        return hash(self)


class EqSelf:
    def __eq__(self, other):
        global depth
        depth += 1
        return self == other


class LtOther:
    def __lt__(self, other):
        global depth
        depth += 1
        return other > self


class CallSelf:
    def __call__(self):
        global depth
        depth += 1
        return self()


def plain():
    global depth
    depth += 1
    plain()


cases = [
    ("plain", plain),
    ("repr", lambda: repr(ReprSelf())),
    ("f!r", lambda: repr(FmtRepr())),
    ("%r", lambda: repr(PctRepr())),
    ("hash", lambda: hash(HashSelf())),
    ("eq", lambda: EqSelf() == EqSelf()),
    ("lt", lambda: LtOther() < LtOther()),
    ("call", lambda: CallSelf()()),
]

for limit in (1000, 300, 301):
    sys.setrecursionlimit(limit)
    print("limit", sys.getrecursionlimit())
    for name, fn in cases:
        probe(name, fn)

# direct calls from module level (no lambda frame in between)
sys.setrecursionlimit(1000)
depth = 0
try:
    repr(ReprSelf())
except RecursionError as e:
    print("module repr", depth, e)
depth = 0
try:
    EqSelf() == EqSelf()
except RecursionError as e:
    print("module eq", depth, e)
depth = 0
try:
    EqSelf() != EqSelf()
except RecursionError as e:
    print("module ne", depth, e)

# the interpreter recovers: ordinary deep recursion still works afterwards
def total(n):
    return 0 if n == 0 else n + total(n - 1)

print(total(900))
print([EqSelf] == [EqSelf], repr([1, [2, (3,)]]))
