"""Number-base toolkit: arbitrary bases, balanced ternary, roman numerals, big-int bit tricks."""
import string

DIGITS = string.digits + string.ascii_lowercase


def to_base(n, base):
    if not 2 <= base <= 36:
        raise ValueError(f"base must be in 2..36, not {base}")
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def balanced_ternary(n):
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, 3)
        if r == 2:
            r = -1
            n += 1
        out.append("+0-"[1 - r])
    return "".join(reversed(out))


def from_balanced(s):
    return sum({"+": 1, "0": 0, "-": -1}[ch] * 3 ** i for i, ch in enumerate(reversed(s)))


ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    parts = []
    for value, sym in ROMAN:
        q, n = divmod(n, value)
        parts.append(sym * q)
    return "".join(parts)


def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total


# exhaustive round trips
assert all(from_roman(to_roman(i)) == i for i in range(1, 4000))
assert all(int(to_base(i, b), b) == i for b in range(2, 37) for i in range(-300, 300, 7))
assert all(from_balanced(balanced_ternary(i)) == i for i in range(-500, 501))
print("round trips ok")

for n in (0, 7, 255, -255, 1994, 2 ** 64, -(3 ** 40)):
    print(f"{n:>22} b2={to_base(n, 2)[-12:]:>12} b7={to_base(n, 7):>24} b36={to_base(n, 36)}")
    print(f"{'':>22} bt={balanced_ternary(n)} hex={n:#x} oct={n:#o}")
for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    print(n, to_roman(n), end="; ")
print()
for bad in ("IIII", "VX", "MMMM", "IC"):
    try:
        from_roman(bad)
    except (ValueError, KeyError) as e:
        print(f"{bad}: {type(e).__name__}: {e}")
for bad in (0, 4000, 2.0, True):
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")

print("-- bits --")
big = (1 << 200) - 1
for n in (0, 1, 255, -1, -256, big, big ^ (1 << 100), 12345678901234567890):
    print(f"{n.bit_length():4d} {n.bit_count():4d} {n & -n if n else 0:>6} {n >> 190:>6} {~n & 0xff:#06x}")

for n, size in ((1, 2), (-1, 2), (65535, 2), (-32768, 2), (2 ** 63, 9), (-(2 ** 63), 8)):
    signed = n < 0 or n == -(2 ** 63)
    be = n.to_bytes(size, "big", signed=signed)
    le = n.to_bytes(size, "little", signed=signed)
    back = int.from_bytes(be, "big", signed=signed)
    print(n, be.hex(" "), le.hex(), back == n)

for n, size, kw in ((256, 1, {}), (-1, 4, {}), (128, 1, {"signed": True})):
    try:
        n.to_bytes(size, "big", **kw)
    except OverflowError as e:
        print(f"{n}.to_bytes({size}): OverflowError: {e}")
for expr in ("1 << -1", "1 >> -5", "2 ** -1", "pow(2, -1, 7)", "pow(2, -1, 8)", "divmod(-7, 2)", "(-7) // 2.0"):
    try:
        print(expr, "=", eval(expr))
    except (ValueError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__, e)

print(int("1_000_000"), int("0x_ff", 16), int("0b1010", 0), int(" -42 "), int("z", 36))
for s, base in (("12", 2), ("1__0", 10), ("", 10), ("0o8", 0), ("10", 37)):
    try:
        int(s, base)
    except ValueError as e:
        print(f"int({s!r}, {base}): {e}")


def gray(n):
    return n ^ (n >> 1)


def ungray(g):
    n = 0
    while g:
        n ^= g
        g >>= 1
    return n


print([format(gray(i), "04b") for i in range(8)])
assert all(ungray(gray(i)) == i for i in range(5000))
print("popcount table", [i.bit_count() for i in range(16)])
print(f"{big:_x}"[:30], f"{-big:,}"[:20], f"{2**70:_b}"[:24])
