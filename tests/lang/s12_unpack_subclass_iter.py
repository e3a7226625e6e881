# Unpacking assignment iterates list/tuple subclasses that override __iter__.
class LS(list):
    def __iter__(self):
        return iter(["x", "y", "z"])

class TS(tuple):
    def __iter__(self):
        yield from (10, 20)

class Plain(list):
    pass

a, *b = LS([1, 2, 3])
print(a, b)
p, q = TS((1, 2, 3))
print(p, q)
m, n = Plain([5, 6])
print(m, n)
try:
    u, v = LS([1, 2])
except ValueError as e:
    print("ValueError:", e)
for i, j in [TS((7, 8, 9))]:
    print(i, j)
x, y, z = (1, 2, 3)
print(x, y, z)
