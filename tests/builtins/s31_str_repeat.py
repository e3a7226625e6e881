# str * int repeated directly in the binary operation (the general way looked up and called
# str.__mul__), with int subclasses' __rmul__, bools, huge and negative counts and errors.
s = "ab"
print(s * 3, s * 0, s * -2, repr(s * 1), 3 * s, "" * 5, "é" * 3, len("x" * 1000))
print(s * True, True * s)
class I(int):
    def __rmul__(self, o): return "rmul"
print(s * I(2))
try:
    s * (1 << 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
try:
    s * 2.0
except TypeError as e:
    print(e)
x = "ab"
x *= 2
print(x)
