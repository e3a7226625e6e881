# repr of 40000 floats (random bit patterns, scaled, rounded, fractions) and powers of
# two across the whole exponent range: the same text as CPython 3.11, summarised by a hash.
import random, struct, hashlib
r = random.Random(11)
out = []
for i in range(40000):
    k = i % 4
    if k == 0:
        f = struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]
    elif k == 1:
        f = r.random() * 10 ** r.randint(-30, 30)
    elif k == 2:
        f = round(r.uniform(-1000, 1000), r.randint(0, 6))
    else:
        f = r.randint(-10**6, 10**6) / r.choice([2, 4, 8, 16, 1024, 3, 7, 10, 100, 1000])
    out.append(repr(f))
specials = [2**-1074, 2**-1022, 1.7976931348623157e308, 0.1, 0.2+0.1, 1/3, 2.675, 1e16, 1e-5, 123456789012345678.0, 9007199254740993.0, 5e-324, 1e23, 8.41e21, 5.0e-324*3, 2.0**60, 2.0**70, 2.0**-30]
for p in range(-1074, 1024, 7):
    specials.append(2.0 ** p)
    specials.append(3 * 2.0 ** (p - 2) if p > -1072 else 0.0)
out += [repr(x) for x in specials]
print(hashlib.md5("\n".join(out).encode()).hexdigest(), len(out))
print("\n".join(out[-20:]))
