a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a.union([9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference(b))
print(a <= b, {3} <= b, {3} < b, b >= {5}, b > b, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}), a.isdisjoint(b))
s = set()
s.add(3); s.add(1); s.add(3); s.update([5, 6], {7}); print(s, len(s))
s.discard(99); s.discard(1); s.remove(3); print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(s.pop() in {5, 6, 7}, len(s))
c = {1, 2, 3}; c.intersection_update({2, 3, 4}); print(c)
c.difference_update({2}); print(c)
c.symmetric_difference_update({3, 9}); print(c)
c |= {1}; c &= {1, 9}; c -= {9}; c ^= {8}; print(c)
print(set("aab") == {"a", "b"}, set(), frozenset(), set([1, 1, 2]), frozenset({3, 1, 2}), {frozenset({1})})
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__, f & {1}, hash(f) == hash(frozenset([2, 1])), f.copy() is f)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError", e)
print({1, 2} == frozenset({1, 2}), {1} in {frozenset({1})}, sorted({3, 1, 2}), min({4, 2}), sum({1, 2, 3}))
x = {1}; x.add(x.copy().pop()); print(x)
try:
    for i in x:
        x.add(i + 100)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    {1} < [1]
except TypeError as e:
    print("TypeError", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
print(repr(set()), repr(frozenset()), repr({-1, -2}), {(1, 2), (1, 2)}, set(range(5)) - set(range(0, 5, 2)))
print(set.__name__, frozenset.__name__, {1, 2}.copy(), len(set(range(1000))), set([True, 1, 1.0]))
big = set(range(0, 100, 3)) & set(range(0, 100, 5))
print(sorted(big))
class R:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return self.v % 2
print(len({R(1), R(3), R(1), R(2)}))
