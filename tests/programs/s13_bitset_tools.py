"""Bit manipulation toolkit: bitsets, gray codes, popcount, int/bytes conversions."""


class BitSet:
    __slots__ = ("bits", "universe")

    def __init__(self, items=(), universe=64):
        self.universe = universe
        self.bits = 0
        for i in items:
            self.add(i)

    def add(self, i):
        if not 0 <= i < self.universe:
            raise IndexError(f"bit {i} outside universe of {self.universe}")
        self.bits |= 1 << i

    def __contains__(self, i):
        return bool(self.bits >> i & 1)

    def __iter__(self):
        b, i = self.bits, 0
        while b:
            if b & 1:
                yield i
            b >>= 1
            i += 1

    def __len__(self):
        return self.bits.bit_count()

    def __or__(self, other):
        r = BitSet(universe=max(self.universe, other.universe))
        r.bits = self.bits | other.bits
        return r

    def __and__(self, other):
        r = BitSet(universe=min(self.universe, other.universe))
        r.bits = self.bits & other.bits
        return r

    def __xor__(self, other):
        r = BitSet(universe=self.universe)
        r.bits = self.bits ^ other.bits
        return r

    def __invert__(self):
        r = BitSet(universe=self.universe)
        r.bits = ~self.bits & ((1 << self.universe) - 1)
        return r

    def __eq__(self, other):
        return isinstance(other, BitSet) and self.bits == other.bits

    def __hash__(self):
        return hash(self.bits)

    def __repr__(self):
        return f"BitSet({list(self)})"


a = BitSet([1, 3, 5, 7, 63])
b = BitSet([3, 4, 5, 6])
print(a, b, len(a), 3 in a, 4 in a)
print("or ", a | b)
print("and", a & b)
print("xor", a ^ b)
print("inv", len(~a), list(~BitSet(range(60)))[:])
print(a == BitSet([63, 7, 5, 3, 1]), a != b, len({a, BitSet([1, 3, 5, 7, 63]), b}))
try:
    a.add(64)
except IndexError as e:
    print("IndexError:", e)

print()
for n in [0, 1, 5, 255, 256, 2**64 - 1, -1, -256, 10**20]:
    print(f"{n:>22} bl={n.bit_length():>3} bc={n.bit_count():>3} "
          f"hex={hex(n):>20} bin={bin(n)[-10:]:>10}")

print()
gray = [i ^ (i >> 1) for i in range(16)]
print("gray:", " ".join(format(g, "04b") for g in gray))
decoded = []
for g in gray:
    n = 0
    while g:
        n ^= g
        g >>= 1
    decoded.append(n)
print("decoded ok:", decoded == list(range(16)))

print()
for n, length, order, signed in [(1024, 2, "big", False), (1024, 4, "little", False),
                                 (-2, 2, "big", True), (2**63, 9, "big", False)]:
    bs = n.to_bytes(length, order, signed=signed)
    back = int.from_bytes(bs, order, signed=signed)
    print(n, bs, bs.hex(), bs.hex(":"), back == n)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(2, "little")
except OverflowError as e:
    print("OverflowError:", e)
print(int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes(bytes(3), "big"))

print()


def reverse_bits(x, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r


def subsets(mask):
    s = mask
    while True:
        yield s
        if s == 0:
            return
        s = (s - 1) & mask


print([reverse_bits(x, 8) for x in (1, 2, 3, 0x80, 0xF0)])
print([bin(s) for s in subsets(0b1011)])
print(sum(1 for _ in subsets((1 << 12) - 1)))
print(1 << 100, (1 << 100) >> 98, -1 >> 10, -(2**70) >> 3, ~0, ~(2**65))
print(0b1010 & -0b11, 6 | -8, 5 ^ -1, int("ff", 16), int("0o17", 0), int("1_000", 0), int("z", 36))
print(pow(3, 200, 10**9 + 7), pow(2, -1, 11), pow(7, 0), (-3) ** 3, 2 ** -2)
try:
    int("12x")
except ValueError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
