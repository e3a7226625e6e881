import functools
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __hash__(self): return hash(self.v)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K({self.v})"
print(K(1) == K(1), K(1) != K(2), K(1) < K(2), K(3) > K(2))
print(len({K(1), K(1), K(2)}), {K(1): "a"}[K(1)])
print(sorted([K(3), K(1), K(2)]), max(K(1), K(5)))
try:
    K(1) <= K(2)
except TypeError as e:
    print("TypeError", e)
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError", e)
@functools.total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(2) >= T(3), T(2) > T(1))
class Default: pass
a, b = Default(), Default()
print(a == a, a == b, a != b, hash(a) == hash(a))
class Rev:
    def __gt__(self, o):
        return "Rev.__gt__"
print(1 < Rev())
class B:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class L3:
    def __len__(self): return 3
print(bool(B()), bool(L()), bool(L3()), not B(), "yes" if L3() else "no")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError", e)
