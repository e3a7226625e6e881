print(True, False, bool(0), bool(1), bool(-1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0), bool(0j))
print(True + True, True * 10, True / 2, -True, ~True, True & False, True | False, True ^ True, type(True & True).__name__, type(True + 1).__name__)
print(repr(True), str(False), int(True), float(False), True == 1, False == 0, True is True, hash(True))
print(bool.__mro__, bool.__name__, isinstance(False, int))
print(None, repr(None), str(None), None == None, None is None, type(None)(), bool(None))
print(NotImplemented, Ellipsis, ..., type(NotImplemented).__name__, type(...).__name__)
try:
    class B(bool): pass
except TypeError as e:
    print("TypeError", e)
print(True and "x", False or "y", not True, [True, False].count(True), sum([True, True, False]))
print(format(True), f"{True:d}", f"{True:>6}", "%d %s" % (True, True), str(True).upper())
print(sorted([True, False, True]), max(True, 0), True < 2, {True: "a", 1: "b"})
