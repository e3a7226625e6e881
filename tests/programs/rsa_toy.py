"""Toy RSA with big ints: Miller-Rabin, key generation from fixed seeds, text <-> int, signatures."""
import math
import random


def is_probable_prime(n, rounds=12, rng=random.Random(7)):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n


print([n for n in range(90) if is_probable_prime(n)])
print(is_probable_prime(2**61 - 1), is_probable_prime(2**61 + 1), is_probable_prime(561), is_probable_prime(7919))
p = next_prime(10**40 + 12345)
q = next_prime(3 * 10**39 + 777)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(p % 10**6, q % 10**6, n.bit_length(), len(str(n)), math.gcd(e, phi), e * d % phi)


def text_to_int(s):
    return int.from_bytes(s.encode("utf-8"), "big")


def int_to_text(m):
    return m.to_bytes((m.bit_length() + 7) // 8, "big").decode("utf-8")


for msg in ["hi", "Attack at dawn!", "ünïcode ✓", "x" * 20]:
    m = text_to_int(msg)
    if m >= n:
        print(f"{msg!r} too long for modulus ({m.bit_length()} bits)")
        continue
    c = pow(m, e, n)
    back = int_to_text(pow(c, d, n))
    print(f"{msg!r:>20} m={m % 10**8:08d}.. c={c % 10**8:08d}.. ok={back == msg}")

digest = sum(text_to_int(w) for w in "sign this please".split()) % n
sig = pow(digest, d, n)
print("signature verifies:", pow(sig, e, n) == digest, "tampered:", pow(sig + 1, e, n) == digest)

# CRT speed-up gives the same plaintext
c = pow(text_to_int("crt"), e, n)
dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
h = (qinv * (m1 - m2)) % p
print(int_to_text(m2 + h * q), (m2 + h * q) == pow(c, d, n))

big = math.factorial(30) * 2**100 + 1
print(big, big.bit_length(), hex(big)[:20], f"{big:,}"[:30], f"{big:.3e}", str(big)[::7])
print(pow(3, 10**6, 10**9 + 7), pow(123456789, 987654321, 2**64), (-7) ** 21, abs(-(10**30)), -(10**30) // 7 * 7)
print(int(str(10**100)[:50]) + 1, 10**100 // 10**98, 10**100 % 997, round(10**20 / 3), int(1e20) == 10**20)
print(sorted([2**70, -2**70, 2**70 + 0.5, 1e21, 0]), max(2**100, 1e30), 2**100 > 1e30, 2**53 + 1 == 2.0**53 + 1)
print(hash(2**100) == hash(2**100 % (2**61 - 1)), hash(-1), hash(10**20) == hash(float(10**20)) if 10**20 == float(10**20) else "-")
