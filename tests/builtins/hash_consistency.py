from fractions import Fraction
from decimal import Decimal
pairs = [(1, 1.0), (0, -0.0), (True, 1), (2 ** 70, float(2 ** 70)), (-1, -1.0), (1.5, Fraction(3, 2)), (2, Decimal(2)), (1 + 0j, 1)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1, "a")))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True}
print(s, len({0, 0.0, False, -0.0}))
print(hash(None) == hash(None), hash(-1) == -2, hash(-2), hash(2 ** 61 - 1), hash(2 ** 61 - 2))
print(hash(float("inf")), hash(float("-inf")), hash(0.1), hash(-0.1), hash(1e300))
print(hash(3.5), hash(Fraction(7, 2)), hash(Decimal("3.5")))
class H:
    def __hash__(self): return 42
print(hash(H()))
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()))
class Neg:
    def __hash__(self): return -1
print(hash(Neg()))
print(hash("") == 0, hash(b"") == 0)
