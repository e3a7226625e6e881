class S(str):
    def __eq__(self, other):
        print("S.__eq__", other)
        return other == (1,)
    __hash__ = str.__hash__
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("E.eq", self.v)
        if self.v == 3: lst.clear()
        return False
lst = [E(1), E(2), E(3), E(4)]
print(1 in lst, len(lst))
print(S("a") in [(1,), "b"], (1,) in [S("x")])
nan = float("nan")
print(nan in [nan], float("nan") in [1.0], 1 in [1.0], 2.0 in [1, 2], True in [1], "a" in ["b", "a"], (1, 2) in [(1, 2)])
print(None in [0, None], 3 in [], [] in [[]], {1} in [frozenset({1})])


# `in` on a list compares item by item; a comparison that runs Python code sees the
# list as it is at that moment.
class Grow:
    def __eq__(self, other):
        if len(big) < 6:
            big.append(Grow())
        return False


big = [Grow()]
print(0 in big, len(big))
print(S("q") == (1,), (1,) == S("q"), (2,) in [S("z")])
many = list(range(1000))
print(999 in many, 1000 in many, -1 in many, 500.0 in many, "500" in many)
words = ["alpha", "beta", "gamma"]
print("gamma" in words, "delta" in words, "" in [""], "é" in ["e", "é"])
print(not (1 in [2, 3]), 1 not in [2, 3], [1, [2]] in [[1, [2]]])
