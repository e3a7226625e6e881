people = [("alice", 30, "nyc"), ("bob", 25, "sf"), ("carol", 30, "la"), ("dave", 25, "nyc")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
print(sorted(people, key=lambda p: p[2], reverse=True))
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(2, 0)))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return self.n
print(sorted([P("x", 2), P("y", 1)], key=attrgetter("a")))
print(sorted("Hello World"), sorted("Hello World", key=str.lower), sorted(set("mississippi")))
print(sorted([3, 1, 2]) == [1, 2, 3], sorted((3, 1, 2)), sorted({"b": 1, "a": 2}.items()), sorted([[3], [1, 2], [1]]))
print(list(reversed(sorted([5, 2, 8]))), sorted([5, 2, 8], reverse=True), sorted([-1, 1, -2, 2], key=abs))
print(sorted([0.1, -0.0, 0.0, -1e-300, float("inf"), float("-inf")]))
l = [5, 3, 1]
r = sorted(l)
print(l, r, l.sort(), l)
