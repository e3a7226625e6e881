# list.count / list.index / list.remove scan the list in place: an __eq__ that changes
# the list sees (and is seen by) the scan as in CPython; errors propagate.
class Eq:
    def __init__(self, lst, v, action): self.lst, self.v, self.action = lst, v, action
    def __eq__(self, other):
        print("eq", self.v, other, len(self.lst))
        self.action(self.lst)
        return self.v == other
    def __repr__(self): return f"Eq({self.v})"
L = [1, 2]
L += [Eq(L, 3, lambda l: l.append(3)), 3, Eq(L, 3, lambda l: l.pop()), 3, 3]
print(L.count(3), len(L))
L = []
L += [Eq(L, 3, lambda l: l.clear()), 3, 3]
print(L.count(3), L)
L = []
L += [Eq(L, 5, lambda l: l.insert(0, 9)), 3, 5, 5]
print(L.index(5), L)
L = []
L += [Eq(L, 5, lambda l: l.pop(0)), 3, 5, 5]
try: print(L.index(5), L)
except ValueError as e: print("VE", e)
L = []
L += [Eq(L, 5, lambda l: None), 3, Eq(L, 4, lambda l: l.remove(3)), 5]
L.remove(5); print(L)
x = float("nan")
print([x, 1.0, x].count(x), [x].index(x))
print([1, 1.0, True, "1", (1,)].count(1), [(1, 2), [1, 2], (1, 2.0)].count((1, 2)))
print(["a", "b", "a"].count("a"), ["a"].index("a"), [None, 0, False].count(0), [None, None].count(None))
print(list(range(10)).index(5, 2, 8), list(range(10)).index(5, -6), [1,2,3].count(2))
try: [1,2,3].index(3, 0, 2)
except ValueError as e: print(e)
try: [1].index(1, x=1)
except TypeError as e: print(e)
try: [1].index()
except TypeError as e: print(e)
try: [1].count()
except TypeError as e: print(e)
class Raises:
    def __eq__(self, o): raise KeyError("boom")
try: [1, Raises()].count(1)
except KeyError as e: print("KeyError", e)
try: [Raises()].index(1)
except KeyError as e: print("KeyError", e)
print([1, Raises()].index(1))
