# Repeating by a huge count is instant where the result is small: an empty sequence, a
# deque with a maxlen (CPython repeats only what fills it); a huge padding width is
# built in one piece.
import array
import collections

print([] * 10**15, () * 10**15, "" * 10**15, b"" * 10**15, bytearray() * 10**15)
l = []
l *= 10**15
print(l, array.array("b") * 10**15)
d = collections.deque([1], maxlen=3)
d *= 10**15
print(d, d * 10**15, 10**15 * d)
d = collections.deque([1, 2], maxlen=3)
print(d * 10**15, d * 1, d * 0, d * -1, collections.deque([], maxlen=2) * 10**15)


class Big:
    def __index__(self):
        return 10**15


print(d * Big(), [] * Big())
x = "%*d" % (10**8, 1)
y = "%-*s|" % (10**8, "a")
z = "%0*x" % (10**8, 255)
print(len(x), x[-3:], len(y), y[:2], y[-2:], len(z), z[-4:])
