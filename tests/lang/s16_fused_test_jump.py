# `x in s` / `a < b` followed by a conditional jump run as one fused group in weft:
# results, truth tests of non-bool comparison results, and errors must be as in the
# plain instructions.


class Weird:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Truthy(self.v < other.v)

    def __eq__(self, other):
        return self.v == other.v

    def __gt__(self, other):
        return NoBool()


class Truthy:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        print("  bool() called")
        return self.t


class NoBool:
    def __bool__(self):
        raise ValueError("no truth value here")


class Box:
    def __init__(self, items):
        self.items = items

    def __contains__(self, x):
        if x is None:
            raise KeyError("None not allowed")
        return len([i for i in self.items if i == x])  # an int: `in` makes it a bool


def count_in(seq, probes):
    n = 0
    for p in probes:
        if p in seq:
            n += 1
        if p not in seq:
            n += 100
    return n


print(count_in({1, 2, 3}, [0, 1, 2, 5]))
print(count_in([1, 2, 3], [3, 3]))
print(count_in("abc", ["a", "bc", "x", ""]))
print(count_in({"k": 1}, ["k", "j"]))
print(count_in(Box([1, 1, 2]), [1, 2, 3]))
print(count_in(range(10), [-1, 0, 9, 10]))

for a, b in [(1, 2), (2, 1), (1.5, 1.5), ("a", "b"), ((1, 2), (1, 3))]:
    if a < b:
        print(a, "<", b)
    elif a == b:
        print(a, "==", b)
    else:
        print(a, ">", b)

x, y = Weird(1), Weird(2)
if x < y:
    print("weird lt true")
if y < x:
    print("weird lt (false) taken")
else:
    print("weird lt false")
while x < y:
    print("loop once")
    x = Weird(3)

try:
    if x > y:
        print("not reached")
except ValueError as e:
    print("ValueError:", e)

try:
    if None in Box([1]):
        print("not reached")
except KeyError as e:
    print("KeyError:", e)

try:
    if 1 in 5:
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    if 1 < "a":
        pass
except TypeError as e:
    print("TypeError:", e)

# A jump target on the jump itself (the `or` short-circuit lands between the tests).
def both(a, s):
    return 1 if (a in s or a < 0) else 0


print([both(v, {1, 2}) for v in (-1, 0, 1, 2, 3)])

# The error raised by the fused test is reported at the test's line.
def where():
    items = Box([])
    probe = None
    if (
        probe
        in items
    ):
        return 1


where()
