# Rich comparisons through Python methods: the order in which the operands' methods
# are tried, NotImplemented, subclasses first, and a reflected method that appears
# while the first one runs (looked up only when it is tried, as in CPython).

class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("A.__eq__", type(o).__name__)
        return NotImplemented
    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("A.__gt__")
        return NotImplemented

class B(A):
    def __eq__(self, o):
        print("B.__eq__", type(o).__name__)
        return "B says"
    def __gt__(self, o):
        print("B.__gt__")
        return "B gt"

print(A(1) == A(2))
print(A(1) == B(2))
print(B(1) == A(2))
print(A(1) < B(2))
try:
    print(A(1) < A(2))
except TypeError as e:
    print("TypeError:", e)
print(A(1) != A(1))

class Late:
    def __eq__(self, o):
        print("Late.__eq__ adds __eq__ to Other")
        Other.__eq__ = lambda self, o: "added later"
        return NotImplemented
class Other:
    pass
print(Late() == Other())
print(Other() == Late())

class Num:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, Num) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __hash__(self):
        return hash(self.v)
ns = [Num(3), Num(1), Num(2)]
print([n.v for n in sorted(ns)], Num(1) == Num(1), Num(1) != Num(2), Num(1) in ns,
      ns.index(Num(2)), len({Num(1), Num(1), Num(2)}), Num(1) == 1, 1 == Num(1))
print(max(ns).v, min(ns).v, Num(5) > Num(4), Num(4) >= Num(4) if hasattr(Num, "__ge__") else "no ge")
