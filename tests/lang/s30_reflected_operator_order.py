# The order in which + and * try their operands: a right operand's reflected method
# comes before a built-in sequence's concatenation or repetition, and a subclass's
# reflected method comes first only when it overrides the left type's.
class N:
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
    def __index__(self): return 2
print([1] + N(), (1,) + N(), "s" + N(), b"b" + N(), bytearray(b"x") + N())
print([1] * N(), (1,) * N(), "s" * N())
l = [1]; l += N(); print(l)
l = [1]; l *= N(); print(l)
t = (1,); t += N(); print(t)
class M:
    def __radd__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
    def __index__(self): return 3
print([1] * M(), "ab" * M())
try: [1] + M()
except TypeError as e: print("TypeError:", e)
class L(list):
    def __radd__(self, o): return "L.radd"
print([1] + L([2]), L([2]) + [1])
class A:
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
class B(A): pass
class C(A):
    def __radd__(self, o): return "C.radd"
print(A() + B(), A() + C(), B() + A(), 1 + B())
class I(int):
    def __radd__(self, o): return "I.radd"
class J(int): pass
print(1 + I(2), 1 + J(2), I(1) + 1)
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    __radd__ = __add__
    def __repr__(self): return f"V({self.x})"
class W(V): pass
print(V(1) + W(2), W(2) + V(1), 3 + W(1), sum([V(1), W(2)], V(0)))
