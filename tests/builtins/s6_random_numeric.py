# float repr, rounding and formatting over pseudo-random bit patterns (fixed seed)
import random, struct, math
rng = random.Random(20261126)
def rnd_float():
    k = rng.randrange(4)
    if k == 0:
        return struct.unpack("<d", rng.getrandbits(64).to_bytes(8, "little"))[0]
    if k == 1:
        return rng.uniform(-1e6, 1e6)
    if k == 2:
        return rng.randrange(-10**6, 10**6) / 10 ** rng.randrange(0, 8)
    return rng.random() * 10 ** rng.randrange(-30, 30)
for _ in range(300):
    x = rnd_float()
    parts = [repr(x), str(x), f"{x:.17g}", f"{x:e}", f"{x:.3f}" if abs(x) < 1e20 or not math.isfinite(x) else "big", f"{x:g}", f"{x:,.2f}" if abs(x) < 1e30 else "", "%.12g" % x]
    if math.isfinite(x):
        parts += [repr(round(x, 2)), repr(round(x, -3)), repr(round(x, 5)), str(x.as_integer_ratio()[1].bit_length()), x.hex(), repr(float.fromhex(x.hex()) == x), repr(float(repr(x)) == x)]
        if abs(x) < 1e18:
            parts += [repr(round(x)), repr(int(x)), repr(math.floor(x)), repr(x // 1), repr(x % 1), repr(divmod(x, 7))]
    print(" ".join(parts))
for _ in range(100):
    a = rng.getrandbits(rng.randrange(1, 200)) * rng.choice([1, -1])
    b = rng.getrandbits(rng.randrange(1, 100)) * rng.choice([1, -1]) or 1
    print(a // b, a % b, a / b if abs(a) < 2 ** 1000 else "", round(a, -rng.randrange(1, 30)), a.bit_length(), hex(a), format(a, ","), a * b, pow(a, 3, abs(b) or 1), (a >> 7) ^ (b << 3), a & b, a | -b)

# right shifts of negative big ints round toward -inf
print(pow(a, 3, 2819910067813255971977 + 10**21))
a = -4890095584094596762371676742154076507697089
print(a >> 7, (a >> 7) ^ 8, a >> 1, (-5) >> 1, (-2**70 - 1) >> 3, (-2**70) >> 3, (-2**64 - 1) >> 64, -(2**100 + 1) >> 50)
for a in [-2**70 - 1, -2**70, -2**70 + 1, -(2**100) - 12345, -7, -2**63, -2**63 - 1]:
    print([a >> s for s in (0, 1, 3, 7, 63, 64, 65, 200)])
for a, e, m in [(-360948488680096764413930, 3, 10**22 + 7), (-5, 3, 7), (-2**70, 3, 10**9), (-2**70 - 3, 5, 2**65 + 1), (5, 3, -7), (-5, 3, -7), (-2**70, 2, -10**20 - 3)]:
    print(pow(a, e, m))
