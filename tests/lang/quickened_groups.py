# Instruction groups the VM fuses into superinstructions (LOAD_FAST/LOAD_CONST with
# BINARY_OP, COMPARE_OP + conditional jump, STORE_FAST + LOAD_FAST, PRECALL + CALL):
# every fast path must fall back to the plain instructions with the same results and
# errors when its operands are not plain numbers.
import sys


def arith(a, b):
    out = []
    out.append(a + b)
    out.append(a - b)
    out.append(a * b)
    out.append(a + 1)
    out.append(a - 2.5)
    out.append(a * 3)
    return out


def divs(a, b):
    out = []
    for f in (lambda: a / b, lambda: a // b, lambda: a % b, lambda: a // 2, lambda: a % 3):
        try:
            out.append(f())
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
    return out


for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (7.5, 2), (2, 0.5), (7, 0), (0.0, 0.0),
             (sys.maxsize, 1), (-sys.maxsize - 1, 1), (sys.maxsize, sys.maxsize), (2**70, 3),
             (True, 2), (1, False), ("ab", "cd"), ([1], [2])]:
    try:
        print(a, b, arith(a, b))
    except TypeError as e:
        print(a, b, "TypeError:", e)
    try:
        print(a, b, divs(a, b))
    except TypeError as e:
        print(a, b, "TypeError:", e)


def bits(a, b):
    return a & b, a | b, a ^ b, a & 6, a | 1, a ^ 3


print(bits(12, 10), bits(-5, 3), bits(True, False), bits(2**65, 3))
try:
    bits({1, 2}, {2, 3})
except TypeError as e:
    print("TypeError:", e)


def counting(n):
    i = 0
    t = 0
    x = 0.0
    while i < n:
        t += i
        x += i * 0.5
        i += 1
    return i, t, x


print(counting(0), counting(10), counting(-3))


def compares(a, b):
    r = []
    if a < b:
        r.append("<")
    if a <= b:
        r.append("<=")
    if a == b:
        r.append("==")
    if a != b:
        r.append("!=")
    if a > b:
        r.append(">")
    if a >= b:
        r.append(">=")
    if type(a) not in (int, float, bool):
        return r
    if a < 3:
        r.append("<3")
    if a == 2.5:
        r.append("==2.5")
    return r


nan = float("nan")
for a, b in [(1, 2), (2, 2), (3, 1), (2.5, 2.5), (nan, nan), (nan, 1.0), (1, 1.0), (2**64, 2**64),
             (True, 1), ("a", "b"), ((1, 2), (1, 3)), (-0.0, 0.0), (float("inf"), 1e308)]:
    print(repr(a), repr(b), compares(a, b))

try:
    compares("a", 1)
except TypeError as e:
    print("TypeError:", e)


def unbound(flag):
    if flag:
        y = 1
    return y + 1


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound2(flag):
    if flag:
        z = 2
    x = 5
    return x * z


print(unbound2(True))
try:
    unbound2(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def unbound_cmp(flag):
    if flag:
        w = 0
    if w < 1:
        return "small"
    return "big"


print(unbound_cmp(True))
try:
    unbound_cmp(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __bool__(self):
        print("bool called")
        return True

    def __repr__(self):
        return f"Num({self.v})"


def objects(a, b):
    c = a + b
    d = c + 1
    e = 1 + d
    if d < 100:
        return c, d, e
    return None


print(objects(Num(1), Num(2)), objects(1, Num(2)), objects(Num(200), 1))


def strings():
    s = ""
    for i in range(5):
        s += "x"
        s = s + str(i)
    t = s
    t += "!"
    return s, t


print(strings())


def chain(a, b, c):
    return a * b + c * 2 - a / 4


print(chain(1, 2, 3), chain(1.5, -2, 0.25), chain(2**62, 4, 1))


def calls():
    def f(*args, **kw):
        return args, sorted(kw.items())

    return f(), f(1), f(1, 2, k=3), f(*[1, 2], **{"a": 1}), len("abc"), max(1, 2, key=None)


print(calls())


def bad_call():
    x = 5
    return x(1)


try:
    bad_call()
except TypeError as e:
    print("TypeError:", e)

import traceback


def deep(n):
    if n == 0:
        return 1 // n
    return deep(n - 1) + 1


try:
    deep(2)
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print("\n".join(line for line in lines if "line" in line or "Error" in line).replace(__file__, "FILE"))
