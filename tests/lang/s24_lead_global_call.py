# Calls of a global on one argument, a local or an inline binary operation
# (`f(x)`, `fib(n - 1)`): every shape of callee, argument and failure.
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ident(x):
    return x


def gen(x):
    yield x
    yield x * 2


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(%r)" % (self.v,)


def boom(x):
    raise ValueError("boom %r" % (x,))


print([fib(i) for i in range(15)])


def shapes(n, s, big, fl):
    out = []
    out.append(ident(n))
    out.append(ident(n + 1))
    out.append(ident(n - 1))
    out.append(ident(n * 3))
    out.append(ident(n // 2))
    out.append(ident(n % 4))
    out.append(ident(big + 1))        # overflow into a big int
    out.append(ident(big * big))
    out.append(ident(fl + 1))
    out.append(ident(fl / 2))
    out.append(ident(s + "!"))        # not a number: the plain path
    out.append(ident(n + n))
    out.append(ident(n - n))
    out.append(len(s))                # a built-in callee
    out.append(len(s * 2))
    out.append(abs(n - 10))
    out.append(str(n + 0))
    out.append(list(gen(n + 1)))      # a generator function
    out.append(Box(n + 1))            # a class
    out.append(Box(s))
    out.append(ident(-n))
    return out


print(shapes(5, "héllo", sys.maxsize, 2.5))
print(shapes(-7, "", -sys.maxsize - 1, -0.0))


def unbound_arg():
    if False:
        x = 1
    return ident(x)


def not_callable():
    global ident
    saved = ident
    ident = 42
    try:
        return ident(3 + 4)
    finally:
        ident = saved


def raising(n):
    return boom(n + 1)


def raising_local(n):
    return boom(n)


def zero_div(n):
    return ident(n // 0)


def multiline(n):
    r = ident(
        n
        + 1
    )
    return boom(
        n
    )


for fn, arg in [(unbound_arg, None), (not_callable, None), (raising, 1),
                (raising_local, "x"), (zero_div, 3), (multiline, 9)]:
    try:
        fn() if arg is None else fn(arg)
    except Exception as e:
        print(type(e).__name__, e)
        tb = traceback.extract_tb(e.__traceback__)
        print([(t.name, t.line) for t in tb])


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)

# a global rebound while the calling function runs
def rebinding(n):
    global target
    out = []
    for i in range(4):
        out.append(target(n + i))
        target = (lambda k: -k) if i % 2 == 0 else (lambda k: k * 10)
    return out


target = ident
print(rebinding(1))
print(rebinding(2))


# a global container indexed by an inline operation, and a call on a local's item
TABLE = ["a", "b", "c"]
TUP = (10, 20, 30)
MAP = {0: "zero", 1: "one"}


def indexing(k, fields):
    out = [TABLE[k % 3], TUP[k - 1], TABLE[k - 4], MAP[k - 1], TABLE[k * 0]]
    w = TABLE[k - 1]
    out.append(w)
    out.append(int(fields[0]) + len(fields[1]))
    out.append(str(fields[k - 2]))
    out.append(len(fields[-1]))
    return out


print(indexing(1, ["42", "xyz", "é"]))
print(indexing(2, ("-7", "", "ab")))
for k, fields in [(3, ["1", "2"]), (5, ["1"]), (1, ["x", "y"]), (1, "ab")]:
    try:
        print(indexing(k, fields))
    except Exception as e:
        print(type(e).__name__, e)
        print([t.line for t in traceback.extract_tb(e.__traceback__)][1:])


def uncaught(n):
    return boom(n - 1)


uncaught(3)
