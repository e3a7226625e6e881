# Edge cases found by the outside2 checker programs.
import re
from decimal import Decimal

# int() of 13+ digit strings in bases above 16 (overflowing i64 in a short string)
for s, b in [("3w5e11264sgsf", 36), ("zzzzzzzzzzzzzz", 36), ("z" * 13, 36), ("-" + "v" * 14, 32),
             ("g" * 15, 17)]:
    print(s, b, int(s, b))

# constant-folded true division of big ints is correctly rounded
print(10**25 / 10**5, 10**30 / 10**10, -(10**25) / 100000, (2**60 + 1) / 3, 2**53 / 3)

# the 'z' flag for Decimal and complex
for spec in ["z.1f", "z", "z.2e", "+z.1f", "z.0%"]:
    print(spec, format(Decimal("-0.0001"), spec), format(Decimal("-0.5"), spec))
print(format(-0.0001 - 0.0001j, "z.1f"), format(-0.0 + 1j, "z.2f"), format(complex(-1e-9, -2), "z.3e"))

# reversed character ranges in re
for pat in [r"[z-a]", r"[\n-\t]", r"[a-\d]", r"[\w-z]", r"x[b-a]y", r"[a-c-e]",
            r"[0-]", r"[-9]", r"[a\-z]", r"[\]-a]"]:
    try:
        print(pat, bool(re.compile(pat).match("-")))
    except re.error as e:
        print(pat, "error:", e)

# `seq + x` falls back to the left operand's concatenation error
class V:
    def __radd__(self, o):
        return NotImplemented


class S(str):
    pass


for a in ["s", [1], (1,), b"x", bytearray(b"x"), S("q"), 1, None]:
    for b in [V(), 3, None]:
        try:
            a + b
        except TypeError as e:
            print(type(a).__name__, e)
        try:
            c = a
            c += b
        except TypeError as e:
            print("iadd", type(a).__name__, e)

# method descriptors' __qualname__ is "type.name"
import math
print(str.upper.__qualname__, [].append.__qualname__, "x".upper.__qualname__, len.__qualname__, math.sqrt.__qualname__,
      int.from_bytes.__qualname__, dict.fromkeys.__qualname__, (1).__add__.__qualname__, int.__add__.__qualname__,
      object.__init__.__qualname__, print.__qualname__, {}.get.__qualname__, str.maketrans.__qualname__)

# object.__new__ of a built-in data type is refused (it used to build a broken object)
class L(list):
    pass


for t in [int, str, list, dict, tuple, float, bytes, set, type, complex, bool, L]:
    try:
        object.__new__(t)
    except TypeError as e:
        print(e)

# native helper types cannot be instantiated from Python (used to crash on use)
for t in [type(iter([])), type(iter({})), type({}.keys()), type(print), type(iter(""))]:
    try:
        t()
    except TypeError as e:
        print(e)
