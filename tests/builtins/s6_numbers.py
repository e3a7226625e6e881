# int/float/complex arithmetic edges
import math, sys
big = 2 ** 200 + 12345
print(big, -big, big // 7, big % 7, -big // 7, -big % 7, divmod(-big, 10**20))
print(big.bit_length(), (-big).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\xff\x00", "little", signed=True))
print(10 ** 50 // -3, 10 ** 50 % -3, (-10) ** 21, pow(3, 200, 10 ** 9 + 7), pow(-7, 3, 5), pow(2, -1, 7), pow(38, -1, 97))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 1)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b, -a // b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (1e308, 1e-308), (5, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, (-1e-300) % 1.0, math.fmod(-7, 2), 7 % float("inf"), -7 % float("inf"))
for x in [0.1, 1/3, 1e16, 1e-5, 123456789.123, 1e22, 1.5e-7, 2.0**60, -0.0, float("inf"), -float("inf"), float("nan"), 100.0, 1e15, 12345678901234567890.0]:
    print(repr(x), str(x), f"{x}", f"{x:g}", f"{x:e}", f"{x:.3}", f"{x:10.2f}|")
print(0.1 + 0.2, 1.1 * 3, 2.675 * 100, 1e16 + 1, 9007199254740993, float(9007199254740993))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 1234.5678]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1), type(round(v)).__name__)
print(round(12345, -2), round(-12355, -1), round(15, -1), round(25, -1), round(7, 3), round(10**30 + 5 * 10**10, -11))
print(int("  -42 "), int("0x1f", 16), int("0b101", 0), int("1_000"), int("z", 36), int(3.99), int(-3.99), int("٣"))
for bad in ["", "1.5", "0x", "1__0", "abc"]:
    try: int(bad)
    except ValueError as e: print("ValueError:", e)
try: int("12", 1)
except ValueError as e: print("ValueError:", e)
try: int(float("inf"))
except OverflowError as e: print("OverflowError:", e)
try: int(float("nan"))
except ValueError as e: print("ValueError:", e)
try: int(None)
except TypeError as e: print("TypeError:", e)
try: int("5", base=10.0)
except TypeError as e: print("TypeError:", e)
try: float("1e5x")
except ValueError as e: print("ValueError:", e)
print(float(" 1_000.5 "), float("-inf"), float("nAn"), float("1e500"), float(10**20), 2 ** 0.5, 10 ** -2, (-8) ** (1/3))
try: float(10 ** 400)
except OverflowError as e: print("OverflowError:", e)
try: 1 / 0
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: 1 // 0
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: 1 % 0
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: 1.0 / 0
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: 1.0 // 0.0
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: divmod(1.0, 0)
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: 0 ** -1
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: pow(2, 3, 0)
except ValueError as e: print("ValueError:", e)
try: pow(2, -1, 4)
except ValueError as e: print("ValueError:", e)
try: pow(2.0, 3, 5)
except TypeError as e: print("TypeError:", e)
try: 10.0 ** 400
except OverflowError as e: print("OverflowError:", e)
try: math.exp(1000)
except OverflowError as e: print("OverflowError:", e)
try: math.sqrt(-1)
except ValueError as e: print("ValueError:", e)
print(1 << 100, -1 >> 3, -256 >> 4, ~5, -5 & 0xff, 5 | -8, -5 ^ 3, 1 << 0)
try: 1 << -1
except ValueError as e: print("ValueError:", e)
print((3).__truediv__(0.5), (7).__rfloordiv__(2), int.__add__(1, 2), (5).conjugate(), (6).numerator, (6).denominator, (6).real, (6).imag)
print((0.5).as_integer_ratio(), (-0.75).is_integer(), (3.0).is_integer(), (255).bit_count(), float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).hex())
print(True + True, True * 3.5, -True, ~True, True // 1, True / 2, isinstance(True, int), bool(0.0), bool(-0.0), bool(0j))
z = complex(3, -4)
print(z, abs(z), z.conjugate(), z * 1j, z / 2, z ** 2, -z, z.real, z.imag, complex("1+2j"), complex(" -1.5e3j "), 1j ** 2, (1+1j) ** 0.5)
print(complex(1, 0), complex(0, 0), complex(-0.0, -0.0), complex(0, -1), 2j * 2j, complex(float("inf"), float("nan")), 1 + 0j == 1, hash(1 + 0j) == hash(1))
print(repr(1e-7j), repr(1.5 + 1e20j), f"{z:.2f}", f"{z:>20}", format(1j, ""), str(complex(2.0, 3.0)))
try: complex("1+2")
except ValueError as e: print("ValueError:", e)
try: z < z
except TypeError as e: print("TypeError:", e)
try: (1+1j) // 2
except TypeError as e: print("TypeError:", e)
try: 0j ** -1
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
print(hash(-1), hash(-2), hash(1.0), hash(2**61 - 1), hash(2**61), hash(-2**63), hash(0.5), hash(float("inf")), hash(10**30))
print(max(1, 2.0), min(-0.0, 0), 1 == 1.0 == True, 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1), 1 < 1.5 < 2, 10**400 > 1e308, -10**400 < float("-inf"))
print(sum([0.1] * 10), sum([1, 2.5, 3j]), math.fsum([0.1] * 10), sum([], start=10), sum(range(101)), sum([[1], [2]], []))
print(abs(-10**30), abs(-0.0), abs(-3), int.__name__, (-17).__abs__(), math.gcd(-12, 18), math.lcm(4, 6), math.isqrt(10**20 + 1), math.comb(50, 25), math.factorial(25))
print(format(1234567.891, ","), format(1234567, "_"), format(-42, "+08d"), format(42, "#x"), format(42, "#o"), format(42, "#b"), format(255, "X"), format(0.000123, ".2e"), format(1e100, ".3g"), format(123.456, "%"), format(0.5, ".0%"))
print(format(12, "c"), format(3.0, "n"), format(10**20, ","), format(-1.5, "=+10.2f"), format(7, "^9"), format(float("nan"), "+"), format(-0.0, ".1f"), format(2.5, ".0f"), format(3.5, ".0f"))
print(str(10 ** 100)[:20], len(str(7 ** 1000)), int(str(3 ** 500)) == 3 ** 500, 10**18 * 10**18, (10**40 + 1) * (10**40 - 1))
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit > 0, float("1e-400"), 5e-324, 5e-324 / 2)
