# super().name(...) in methods: the found function called with the instance, across
# single and diamond inheritance, and every case that must take the general path
# (a non-function attribute, a missing name, a rebound global `super`, self captured
# by a closure, class methods, a wrong instance type, a deleted first argument).
import traceback


class A:
    def who(self):
        return "A"

    def chain(self, k):
        return ["A%d" % k]

    @property
    def prop(self):
        return "A.prop"

    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__

    @staticmethod
    def sm(x):
        return "A.sm %s" % x

    level = 1


class B(A):
    def who(self):
        return "B" + super().who()

    def chain(self, k):
        return ["B%d" % k] + super().chain(k + 1)


class C(A):
    def who(self):
        return "C" + super().who()

    def chain(self, k):
        return ["C%d" % k] + super().chain(k + 1)


class D(B, C):
    def who(self):
        return "D" + super().who()

    def chain(self, k):
        return ["D%d" % k] + super().chain(k + 1)

    def others(self):
        return (super().prop, super().cm(), super().sm(5), super().level)

    def missing(self):
        return super().nothing()

    def captured(self):
        f = lambda: self
        return super().who() + "/" + f().__class__.__name__

    def bad_first(self):
        del self
        return super().who()

    @classmethod
    def ccm(cls):
        return super().cm()


d = D()
for _ in range(3):
    print(d.who(), d.chain(0))
print(d.others())
print(d.captured())
print(D.ccm())
try:
    d.missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.bad_first()
except RuntimeError as e:
    print("RuntimeError:", e)

# A wrong instance type for the method's class.
try:
    B.who(A())
except TypeError as e:
    print("TypeError:", e)

# Rebinding the global `super` takes effect at once.
real_super = super


class Fake:
    def __init__(self, *a):
        pass

    def who(self):
        return "fake"


for k in range(3):
    if k == 1:
        super = Fake
    elif k == 2:
        super = real_super
    print(k, B().who())


# super().__init__ chains and keyword arguments.
class P:
    def __init__(self, x, y=2):
        self.x, self.y = x, y


class Q(P):
    def __init__(self, x):
        super().__init__(x, y=x * 10)
        self.z = x + 1


q = Q(4)
print(q.x, q.y, q.z)


# A traceback through a super() call.
class E(A):
    def who(self):
        return super().chain(None)


class F(A):
    def chain(self, k):
        return 1 / 0


class G(F):
    def chain(self, k):
        return super().chain(k)


try:
    G().chain(1)
except ZeroDivisionError:
    traceback.print_exc()
try:
    E().who()
except TypeError as e:
    print("TypeError:", e)


# Replacing a base's method between calls.
class H(A):
    def who(self):
        return "H" + super().who()


h = H()
print(h.who())
A.who = lambda self: "A2"
print(h.who())
del A.who
try:
    h.who()
except AttributeError as e:
    print("AttributeError:", e)
