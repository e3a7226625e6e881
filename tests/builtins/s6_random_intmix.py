# integer and mixed int/float arithmetic over random operands of many sizes (fixed seed)
import random, math
rng = random.Random(7)
def rint():
    bits = rng.choice([1, 3, 8, 31, 32, 33, 62, 63, 64, 65, 100, 130, 300])
    v = rng.getrandbits(bits)
    if rng.random() < 0.2: v = (1 << bits) - rng.randrange(3)
    return -v if rng.random() < 0.5 else v
for _ in range(120):
    a, b = rint(), rint()
    out = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, -b, abs(a), a < b, a == b, a >= b]
    if b:
        out += [a // b, a % b, divmod(a, b), repr(a / b)]
        out += [pow(a, 5, b), pow(a, rng.randrange(0, 300), b)]
        try: out.append(pow(a, -1, b))
        except ValueError as e: out.append(str(e))
    s = rng.randrange(0, 140)
    out += [a >> s, a << (s % 70), repr(float(a)) if abs(a) < 2**1000 else "", a == float(a), a < float(b) if abs(b) < 2**1000 else "", repr(a * 0.5), repr(a + 0.25), repr(a % 3.5), repr(a // 2.5)]
    out += [math.isqrt(abs(a)), math.gcd(a, b), int(str(a)) == a, int(hex(a), 16) == a, int(bin(a), 0) == a, int(oct(a), 8) == a, hash(a) == hash(float(a)) if float(a) == a else hash(a) % 1000]
    out += [round(a, -2), round(a, -(s % 25)), a.bit_length(), a.bit_count(), a.to_bytes(70, "big", signed=True)[-4:], int.from_bytes(a.to_bytes(70, "little", signed=True), "little", signed=True) == a]
    print(*out)
