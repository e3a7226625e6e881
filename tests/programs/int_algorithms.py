"""Integer algorithms: sieve, gcd/lcm, modular inverse, big factorials, base conversion."""
import math


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


primes = sieve(200)
print(len(primes), primes[:10], primes[-3:], sum(primes))
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.index(max(gaps)), primes[gaps.index(max(gaps))])


def factorize(n):
    out = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            out[d] = out.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


for n in [1, 2, 360, 97, 1001, 2**31 - 1, 600851475143, 10**12 + 39]:
    f = factorize(n)
    print(n, "=", " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())) or "1")

print(math.gcd(), math.gcd(0, 0), math.gcd(12, -18), math.gcd(2**100, 6**50), math.gcd(21, 35, 49))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


for a, m in [(3, 11), (10, 17), (7, 26), (123456789, 10**9 + 7), (-3, 11)]:
    inv = pow(a, -1, m)
    g, x, _ = egcd(a % m, m)
    print(f"inv({a}, {m}) = {inv}  check={a * inv % m}  egcd={x % m}")
for a, m in [(2, 4), (0, 5), (3, 0), (3, 1)]:
    try:
        print(pow(a, -1, m))
    except ValueError as exc:
        print("ValueError:", exc)
print(pow(2, 10, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(3, 200, 10**9 + 7), pow(7, 0, 1))
try:
    pow(2, 3.0, 5)
except TypeError as exc:
    print("TypeError:", exc)

f100 = math.factorial(100)
print(len(str(f100)), str(f100)[:20], len(str(f100)) - len(str(f100).rstrip("0")))
print(sum(map(int, str(math.factorial(50)))), math.comb(52, 5), math.perm(10, 3), math.comb(10, 11))
print(math.prod(range(1, 21)) == math.factorial(20), math.isqrt(10**40 + 1), math.isqrt(99))
for bad in [lambda: math.factorial(-1), lambda: math.isqrt(-4), lambda: math.comb(-1, 2),
            lambda: math.factorial(2.5)]:
    try:
        bad()
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)


def to_base(n, b, digits="0123456789abcdefghijklmnopqrstuvwxyz"):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in [0, 5, -255, 2**64 - 1, 10**30, 1295]:
    reps = [to_base(n, b) for b in (2, 3, 8, 16, 36)]
    assert all(int(r, b) == n for r, b in zip(reps, (2, 3, 8, 16, 36)))
    print(n, reps[2], reps[3], reps[4], format(n, "b")[-8:], format(n, "o"), format(n, "x"), hex(n), oct(n))
print(bin(-10), int("0b101", 0), int("0x_ff", 16), int("  -0o17 ", 0), int("z", 36), int("١٢٣"))
print(int("1_000_000"), int(b"42"), int("+7"), int(" 12 "), int(3.99), int(-3.99), int("0", 0))
for s, b in [("08", 0), ("12", 2), ("", 10), ("1__0", 10), ("_1", 10), ("ff", 37), ("9", 1), ("0x", 16),
             ("1.5", 10), ("abc", 16)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as exc:
        print("ValueError:", exc)
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True))
print((1000).bit_length(), (-1000).bit_length(), (255).bit_count(), (2**100).bit_length())
try:
    (256).to_bytes(1, "big")
except OverflowError as exc:
    print("OverflowError:", exc)
try:
    (-1).to_bytes(1, "big")
except OverflowError as exc:
    print("OverflowError:", exc)
collatz = {}
for start in range(1, 30):
    n, steps = start, 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    collatz[start] = steps
print(max(collatz.items(), key=lambda kv: kv[1]), divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2)
print(2**200 // 3**50, (2**200) % (3**50), -(2**70) // 7, 10**25 / 10**5, 7 ** -2)
