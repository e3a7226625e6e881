# == and != between instances of classes that leave equality to object (identity),
# and every way a class can stop doing so: its own __eq__/__ne__, a base's, one added
# or removed after instances were compared, and the reflected operand's method.

class P:
    pass

class S:
    __slots__ = ("x",)

class Q(P):
    pass

a, b = P(), P()
print(a == a, a == b, a != a, a != b, a == Q(), S() == S())
s = S()
print(s == s, s != s, [a, b].index(b), b in [a, b], P() in [a, b], [a, b].count(a))

class Eq:
    def __eq__(self, other):
        print("Eq.__eq__", type(other).__name__)
        return True

print(a == Eq(), Eq() == a, a != Eq())

class NeOnly:
    def __ne__(self, other):
        return "ne!"

print(NeOnly() != a, a != NeOnly(), NeOnly() == NeOnly())

class SubEq(P):
    def __eq__(self, other):
        return "subeq"

print(a == SubEq(), SubEq() == a)

# Gaining and losing __eq__ after comparisons were made
c, d = P(), P()
print([c == d for _ in range(3)])
P.__eq__ = lambda self, other: "patched"
print(c == d, c != d, Q() == c)
P.__ne__ = lambda self, other: "ne patched"
print(c != d)
del P.__eq__
del P.__ne__
print(c == d, c != d, c == c)

# A base gaining __eq__ after a subclass compared
class Base:
    pass
class Derived(Base):
    pass
x, y = Derived(), Derived()
print(x == y)
Base.__eq__ = lambda self, other: 42
print(x == y, x != y)

# Ordering still raises
for op in ("<", "<=", ">", ">="):
    try:
        eval("a %s b" % op)
    except TypeError as e:
        print(op, e)

# Mixed with other types
print(a == 1, 1 == a, a == None, None == a, a == "s", a != 1.5)

# Dict and set membership use identity and the default hash
objs = [P() for _ in range(5)]
dd = {o: i for i, o in enumerate(objs)}
print([dd[o] for o in objs], len(set(objs + objs)), P() in dd)
