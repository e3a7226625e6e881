# Instance dicts of various sizes: small ones (no hash index), ones that grow past eight
# entries, deletions, re-adding, and classes whose instances hold different numbers of
# attributes (new instances' dicts are sized from earlier ones).

class P:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "a%d" % i, i * i)

for n in (0, 1, 3, 8, 9, 17, 40, 2):
    p = P(n)
    d = vars(p)
    print(n, len(d), list(d)[:3], list(d)[-2:], sum(d.values()))

p = P(12)
for i in range(0, 12, 2):
    delattr(p, "a%d" % i)
print(list(vars(p)), p.a1, p.a11)
p.a0 = "back"
p.z = None
print(list(vars(p))[-2:], hasattr(p, "a2"), getattr(p, "a4", "gone"))
try:
    p.a6
except AttributeError as e:
    print(e)

# A small dict used as a plain dict: lookups of present and missing keys, including
# keys whose hashes collide, and equal keys of different types.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, K) and self.v == other.v

d = {K(1): "one", K(2): "two", 7: "seven"}
print(d[K(2)], d.get(K(3)), d[7], 7.0 in d, True in d, 1 in {1.0: 'f'})
d2 = {}
for i in range(20):
    d2[i] = i
    if i % 3 == 0:
        del d2[i]
print(list(d2), len(d2), d2.get(19), d2.get(18))
d2.clear()
d2["x"] = 1
print(d2, {**{"a": 1, "b": 2}, "a": 3})
