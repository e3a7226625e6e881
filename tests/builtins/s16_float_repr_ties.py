# Shortest float repr when two digit strings of the same length are equally near the
# value (its exact expansion ends in a 5 just past them): CPython picks the even one.
import json
ties = [
    2.99121856689453125,
    965493860587005.25,
    0.0274448394775390625,
    -95117164131220.125,
    63791348559.625679016113281 % 7,
    -60415444653.00878 % 7,
]
for f in ties:
    print(repr(f), str(f), f"{f}", "%r" % f, "{!r}".format(f), format(f, ""))
print(ties)
print(json.dumps(ties))
print(complex(ties[0], ties[1]), complex(0, ties[2]))
# values whose nearest shortest string is unambiguous stay as they were
for f in [0.5, 2.5, 0.125, 1e23, 5e-324, 0.1 + 0.2, 1 / 3, 2 ** -20 * 3, 9.5, 1e16, 123456789012345.67]:
    print(repr(f), repr(-f))
total = 0.0
for i in range(1, 2000):
    x = i / 2 ** (i % 40 + 1) + i * 1000.0
    total += float(repr(x)) == x
print(total)
