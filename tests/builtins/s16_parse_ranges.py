# complex() from strings with non-ASCII digits/spaces and underscores, and bytes()
# items far out of range: CPython's results and messages.
for s in ["١٢٣", "٣.٥+١j", "\u2003(1+2j)\u3000", "1_0+2_5j", "1__0", "_1", "1_", "1_j", "1e1_0j", "0x1_0", "1_.5", "x", "1+", "", "٣x"]:
    try:
        print(repr(s), "->", complex(s))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
for make in (bytes, bytearray):
    for items in ([2**70], [-2**70], [256], [-1], [1, 2**64, 3], [255, 0]):
        try:
            print(make.__name__, items, "->", make(items))
        except (ValueError, OverflowError) as e:
            print(make.__name__, items, "->", type(e).__name__, e)
class Big:
    def __index__(self):
        return 10**30
try:
    bytes([Big()])
except ValueError as e:
    print("__index__:", e)
try:
    bytes(["1"])
except TypeError as e:
    print(e)
