# defaultdict.__missing__ is a built-in method (as CPython's C one): type, repr,
# messages, subclass __setitem__/__missing__, and a failing factory's traceback.
import collections, traceback
d = collections.defaultdict(list)
print(type(d.__missing__).__name__, type(collections.defaultdict.__missing__).__name__)
print(repr(collections.defaultdict.__missing__))
print(repr(d.__missing__).split(" at ")[0])
d["a"].append(1); print(d)
print(d.__missing__("b"), d)
e = collections.defaultdict()
try:
    e["x"]
except KeyError as ex:
    print("KeyError", ex.args)
try:
    e.__missing__()
except TypeError as ex:
    print("TypeError", ex)
class D(collections.defaultdict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
x = D(int); x["q"] += 1; print(x)
class M(collections.defaultdict):
    def __missing__(self, k):
        return k * 2
print(M(int)[4])
try:
    collections.defaultdict.__missing__({}, 1)
except TypeError as ex:
    print("TypeError", ex)
def bad():
    raise ValueError("boom")
f = collections.defaultdict(bad)
try:
    f[1]
except ValueError:
    traceback.print_exc()
