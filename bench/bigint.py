"""Big-integer arithmetic: factorials, powers, pi digits by a spigot,
int <-> str conversion.

    python3 bench/bigint.py [DIGITS]
"""
import sys


def pi_digits(count):
    # Gibbons' unbounded spigot
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def main(digits):
    d = pi_digits(digits)
    print("pi:", "".join(str(c) for c in d[:20]), sum(d))
    f = 1
    for i in range(2, digits + 1):
        f *= i
    s = str(f % 10 ** 4000)
    print("factorial:", f.bit_length(), len(s), s[:10], sum(int(c) for c in s[:300]))
    print("factorial mod:", f % (2 ** 61 - 1), (f >> (f.bit_length() - 40)))
    p = pow(3, digits * 10, 10 ** 40 + 7)
    print("powmod:", p)
    a, b = 0, 1
    for _ in range(digits * 5):
        a, b = b, a + b
    print("fib bits:", a.bit_length(), a % 1000000007)
    n = int("9" * 500)
    print("str->int:", (n * n) % 999983, (n // 12345678901) % 1000, -n % 97)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
