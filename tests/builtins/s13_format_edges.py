# format() edge cases: nan/inf spelled in capitals by complex's E/F/G, and spec errors
# naming the object's own type (bool, subclasses).


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Z(complex):
    pass


class F(float):
    pass


class I(int):
    pass


for z in [complex("nan+1j"), complex(1, float("inf")), complex(float("-inf"), float("nan"))]:
    for spec in ["e", "E", "f", "F", "g", "G", "", ".2", ">20G", "+F"]:
        show(lambda: format(z, spec))

for v in [True, I(3), F(1.5), Z(1)]:
    for spec in ["ddd", "%10", "d", "s", "c", ",b", "z"]:
        show(lambda: format(v, spec))
show(lambda: f"{Z(2):=10}")
show(lambda: f"{F(2):x}")
show(lambda: f"{I(2):_c}")
