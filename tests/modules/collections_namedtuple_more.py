from collections import namedtuple
Emp = namedtuple("Emp", "name dept salary")
rows = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cy", "eng", 100)]
print(sorted(rows, key=lambda e: e.salary))
print(max(rows, key=lambda e: e.salary).name, sum(e.salary for e in rows), [e._asdict() for e in rows][:1])
by = {}
for e in rows:
    by.setdefault(e.dept, []).append(e.name)
print(by)
print(Emp._fields, Emp.__doc__, Emp.name.__doc__ if False else "", rows[0]._replace(salary=0), Emp(*("a", "b", 1)), rows[0].count("ann"), rows[0].index("eng"))
class Pt(namedtuple("Pt", "x y")):
    __slots__ = ()
    def dist(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __str__(self): return f"({self.x}, {self.y})"
p = Pt(3, 4)
print(p, repr(p), p.dist(), p + (5,), p * 2, p[::-1], isinstance(p, tuple))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Emp("a", "b")
except TypeError as e:
    print("TypeError", e)
try:
    Emp._make([1])
except TypeError as e:
    print("TypeError", e)
N = namedtuple("N", ["a", "b"], defaults=(None,), module="mymod")
print(N(1), N.__module__, N._field_defaults)
