# Tuple and list comparisons whose leading items are numbers or strings, with the
# edge cases of each: NaN, int against float, bools, huge ints, unicode, subclasses.
nan = float("nan")
print((nan,) == (nan,), (nan, 1) < (nan, 2), (1, nan) < (1, 2), (nan,) < (1,))
t = (nan,)
print(t == t, [nan] == [nan], (1, 2.0) == (1.0, 2), (1, 2) < (1, 2.5))
print((True, 1) == (1, True), (False,) < (0.5,), (2**100, 1) > (2**100, 0))
print((2**64,) < (2.0**64 + 1e5,), (-1, "a") < (-1, "b"), ("é",) > ("z",))
print(("a", "b") < ("a", "b", ""), ("abc",) <= ("abc",), ("", 1) > ("", 0))
print((1, "x") != (1, "x"), [1, 2, 3] >= [1, 2], ("ß", 1) == ("ß", 1))
print(sorted([(1, "b"), (0, "z"), (1, "a"), (0.5, "m"), (-3, "")]))
print(max([("w", 2), ("w", 10), ("v", 99)]), min([(3.0, "x"), (3, "a")]))

class S(str):
    def __eq__(self, other):
        print("S.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)
    __hash__ = str.__hash__
    def __lt__(self, other):
        print("S.__lt__")
        return True

print((1, S("a")) == (1, "a"), (1, S("a")) < (1, "b"), ("a", 1) < (S("a"), 2))

class N(int):
    def __eq__(self, other):
        print("N.__eq__")
        return False
    __hash__ = int.__hash__
print((N(1), 2) == (1, 2), (N(1),) < (1,))

try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, None] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print((1, None) == (1, None), (1, None) != (1, 0))

# Deeply nested tuples still raise RecursionError rather than overflowing.
a = b = ()
for i in range(100000):
    a = (a, 1)
    b = (b, 2)
try:
    print(a < b)
except RecursionError as e:
    print("RecursionError")
