# Dict lookups: built-in keys are compared without Python code; a key whose class
# defines __eq__ is compared in probe order, and its __eq__ runs.
class K:
    def __init__(self, h, name):
        self.h, self.name = h, name
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print("K.__eq__", self.name, other if not isinstance(other, K) else other.name)
        return isinstance(other, K) and self.h == other.h and self.name == other.name
    def __repr__(self):
        return f"K({self.name})"

d = {}
d[1] = "one"
d[K(1, "a")] = "ka"
print(d.get(1), d.get(K(1, "a")), d.get(K(1, "b"), "missing"))
print(1 in d, 1.0 in d, True in d, K(1, "a") in d)
d[True] = "true"
print(d)

h = hash("word")
s = {}
s["word"] = 1
s[K(h, "w")] = 2
print(s["word"], s.get(K(h, "w")), "word" in s)
s["word"] += 1
print(s)

e = {}
for i in range(50):
    e[f"k{i}"] = i
    e[(i, "t")] = -i
    e[float(i) + 0.5] = i
print(len(e), e["k7"], e[(7, "t")], e[7.5], e.get((7, "u")), e.get("k50"))
print(sum(e[f"k{i}"] for i in range(50)), 2**70 in e, e.get(-0.0))
e[0.0] = "zero"
print(e[0], e[False], e[-0.0], e.get(0j))
n = float("nan")
e[n] = "nan"
print(e[n])
