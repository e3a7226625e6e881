"""Equality and hashing protocols: __eq__/__ne__ fallbacks, NotImplemented, None's dunders."""
import functools


class P:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x

    __hash__ = None


print(P(1) != P(1), P(1) != P(2), P(1) != 3, P(1).__ne__(3), [P(1)] != [P(1)], P(1) in [P(1)])


class Q:
    def __eq__(self, o):
        return NotImplemented


q = Q()
print(q != q, q == q, q != Q(), Q.__ne__(q, q), Q.__eq__(q, 1))


class R(int):
    def __eq__(self, o):
        return True

    __hash__ = int.__hash__


print(R(1) != 2, 2 != R(1), R(1).__ne__(5), {R(3): "r"}[3])


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return f"V({self.v})"


print(V(1) != V(2), V(1) <= V(1), V(3) > V(2), V(1) >= V(2), sorted([V(3), V(1), V(2)]))
o = object()
print(o.__ne__(1), o.__eq__(1), o.__ne__(o), (1).__ne__("a"), "a".__ne__(1), [].__ne__(1), hash(o) == o.__hash__())
print(None.__ne__(None), None.__eq__(1), None != 1, 1 != None, object.__ne__(1, 1), object.__ne__(1, 2))
print(None.__repr__(), None.__str__(), type(None).__repr__(None), None.__hash__() == hash(None), None.__bool__())
print(str(None), repr([None]), {None: 1}[None], f"{None}", "%s %r" % (None, None), "{:>6}|{!r:<6}|".format(None, None))
print(True.__repr__(), (1.5).__repr__(), Ellipsis.__repr__(), NotImplemented.__repr__(), type(None)(), None.__class__)
try:
    hash(P(1))
except TypeError as e:
    print("TypeError:", e)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError:", e)
