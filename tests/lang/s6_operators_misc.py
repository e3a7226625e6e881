# operators and augmented assignment over user classes and built-ins
import sys
class V:
    def __init__(self, *c): self.c = c
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __imatmul__(self, o): self.c = (self @ o,); return self
    def __getitem__(self, i): return self.c[i]
    def __len__(self): return len(self.c)
    def __contains__(self, x): return x in self.c
    def __iter__(self): return iter(self.c)
    def __eq__(self, o): return isinstance(o, V) and self.c == o.c
    __hash__ = None
v = V(1, 2, 3); w = V(4, 5, 6)
print(v @ w, len(v), 2 in v, list(v), v[1:], v == V(1, 2, 3), v != w)
v @= w; print(v.c)
try: {v}
except TypeError as e: print(e)
x = [1, 2, 3]
x[1:2] = range(5); print(x)
x[::2] = "abcd"[:len(x[::2])]; print(x)
del x[:]; print(x)
a = b = []
a += [1]; print(b)
t = (1, [2])
try: t[1] += [3]
except TypeError as e: print(e)
print(t)
s = "abc"; s += "d"; print(s)
n = 10; n //= 3; n **= 3; n %= 7; n <<= 2; n >>= 1; n |= 1; n ^= 2; n &= 7; print(n)
f = 2.5; f //= 1; f %= 2; print(f)
print(1_000.5e-1_0, 0b1_0, 0o7_7, 0x_f, 1j.imag, 1e1j, .5j, 5.j)
print(not 1 == 2, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -1 ** 0.5, 10 - 2 - 3, 100 / 10 / 5, 7 // 2 * 2 + 7 % 2)
print(1 < 2 < 3 > 2 != 5, (1 < 2) < 3, 1 == 1.0 is not None, [] is not [], "a" in "abc" in "xabcx")
print(True + True, True & False, True ^ True, ~False, -True, True << 3, int(True) / 2)
print(f"{'a' if 0 else 'b'}", (lambda: (yield))().__class__.__name__, [i for i in range(3) if i if i > 1])
print(*(x for x in "ab"), sep="-")
g = (x * 2 for x in range(3))
print(sum(g), sum(g))
d = {"a": 1}
d |= {"b": 2}; print(d, d | {"a": 0}, {"a": 0} | d)
st = {1, 2}; st |= {3}; st &= {2, 3, 4}; st -= {9}; st ^= {5}; print(sorted(st))
print(sys.getrecursionlimit() >= 1000, isinstance(sys.maxsize, int), sys.byteorder in ("little", "big"))
