# `x *= seq` falls back only to the left operand's sequence repeat when its type has
# sequence methods (dict, set, range, classes), else to the right operand's; float()
# of a bytearray names it; operator.invert is its own function.
import operator


class Plain:
    pass


for left in ({}, set(), frozenset(), range(3), Plain(), 2.5, None, len, slice(1), {}.keys()):
    for right in ([1], "ab", b"x", (1,), bytearray(b"z")):
        x = left
        try:
            x *= right
            print(type(left).__name__, type(right).__name__, "->", x)
        except TypeError as e:
            print(type(left).__name__, type(right).__name__, "TypeError:", e)
        try:
            print("  binary:", left * right)
        except TypeError as e:
            print("  binary TypeError:", e)
for bad in (bytearray(b"xy"), b"xy", "xy"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(operator.invert.__name__, operator.inv.__name__, operator.__invert__.__name__, operator.invert(5), operator.inv(5))
