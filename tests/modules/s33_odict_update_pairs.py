# OrderedDict(pairs) / .update(pairs) unpack each pair as CPython's C OrderedDict does
# ("need more than 1 value to unpack", "'int' object is not iterable"); pairs before a
# bad one are kept; mappings, keywords and subclasses as before.
import collections

OD = collections.OrderedDict
for a in ['a', 'ab', 'abc', b'a', [(1, 2, 3)], [(1,)], [()], [[1, 2]], [{1: 2}], 5, None,
          [(1, 2), "xy", [3, 4]], {"k": 1}, [], (("a", 1), ("b", 2))]:
    try:
        print(repr(a), OD(a))
    except Exception as e:
        print(repr(a), type(e).__name__, e)
    d = OD(z=0)
    try:
        d.update(a)
        print("update", d)
    except Exception as e:
        print("update", type(e).__name__, e, d)
print(OD([iter([1, 2])]))
try:
    OD([iter([1])])
except ValueError as e:
    print(e)
print(OD([(1, 2)], b=3, a=4), OD({"x": 1}, y=2))
d = OD(a=1)
d.update([("b", 2)], c=3)
print(d, list(d), list(reversed(d)))


class Sub(OD):
    pass


print(Sub([("a", 1), ("b", 2)]), Sub(x=1))
try:
    Sub(["a"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    OD([1], [2])
except TypeError as e:
    print(e)
