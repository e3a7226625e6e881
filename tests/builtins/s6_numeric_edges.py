# numeric formatting and conversion at the extremes
import sys, math
print(format(1e300, "f")[:30], len(format(1e300, "f")), "%.60f" % 0.1, format(2 ** 0.5, ".50g"), format(1 / 3, ".20e"))
print(round(1.23456, 400), round(123, 400), round(1e300, -299), round(-1e-300, 300), round(0.5, 0), round(-0.0), round(-0.4), round(2.5, None))
print(format(10 ** 30, "e"), format(10 ** 30, ".3g"), format(-(10 ** 25), ","), format(2 ** 64, "x"), format(-2 ** 64, "#b")[:12], "%e" % 10 ** 30, "%d" % 1e20, "%i" % 2.9)
print(int("9" * 4300) % 97, len(str(2 ** 14000)), 10 ** 4299 // 10 ** 4298)
try: int("9" * 4301)
except ValueError as e: print("ValueError:", e)
try: str(10 ** 4300)
except ValueError as e: print("ValueError:", e)
try: f"{10 ** 5000}"
except ValueError as e: print("ValueError:", e)
print(hex(10 ** 5000)[:10], len(repr(10 ** 4299)), format(10 ** 5000, "x")[:5])
sys.set_int_max_str_digits(0); print(len(str(10 ** 5000))); sys.set_int_max_str_digits(4300)
try: sys.set_int_max_str_digits(5)
except ValueError as e: print("ValueError:", e)
print(float("0x1p3") if False else float.fromhex("0x1p3"), float("  +1.5E+3\n"), float("-.5"), float("5."), float("Infinity"), float("-iNF"), 1e309, -1e309, 1e-324)
for s in ["1e", ".", "e5", "1.2.3", "++1", "1 2", "0x10", "inf5", "nan()", "1_", "_1"]:
    try: print(float(s))
    except ValueError as e: print("ValueError:", e)
print(int("0o17", 0), int("0B11", 0), int("-0x_f", 0), int(" 1_2 "), int("10", 36), int(b"42"), int(bytearray(b" 7 ")), int("+0"), int("-0"), int("000"))
for s, b in [("08", 0), ("0x", 16), ("1" * 5, 2), ("z", 35), ("", 10), (" ", 10), ("1 2", 10), ("١٢", 10), ("0_0", 0), ("00", 0), ("1e3", 10)]:
    try: print(int(s, b))
    except ValueError as e: print("ValueError:", e)
print(7 // 0.5, 7 % -0.5, -7 % 0.5, divmod(-7.5, -2), divmod(7, -0.0) if False else None, 2 ** -1074, 2.0 ** 1023 * 2 if False else None, 1e308 * 10, -1e308 * 10, 0.0 * -1)
print(math.inf - math.inf, math.inf * 0, math.isclose(0.1 + 0.2, 0.3), math.copysign(1, -0.0), math.nan != math.nan, float("inf") == 10 ** 400, 10 ** 400 < float("inf"), (2 ** 1023) * 2 > 1e308)
try: 2.0 ** 10000
except OverflowError as e: print("OverflowError:", e)
try: (-8.0) ** 0.5 + 0
except Exception as e: print(type(e).__name__, e)
print((-8.0) ** 0.5, (-8) ** 0.5, 0.0 ** 0, 0 ** 0, pow(0.0, -0.5) if False else "skip", (-2) ** -2, 2 ** -2, (-1) ** 0.5)
try: 0.0 ** -1
except ZeroDivisionError as e: print("ZeroDivisionError:", e)
try: math.log(0)
except ValueError as e: print("ValueError:", e)
try: 10 ** 400 / 1
except OverflowError as e: print("OverflowError:", e)
try: 10 ** 400 / 10 ** 399
except OverflowError as e: print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 400 + 1) / 10 ** 400, 1 / 10 ** 400, 10 ** 400 * 0.0 if False else 0, math.log10(10 ** 400), math.log(2 ** 2000, 2), math.sqrt(10 ** 300))
try: math.sqrt(10 ** 400)
except OverflowError as e: print("OverflowError:", e)
try: float(2 ** 1024)
except OverflowError as e: print("OverflowError:", e)
print(float(2 ** 1024 - 2 ** 971), int(1e300) % 1000, int(-1e19), int(1.5e-5), 123456789012345678 * 1.0, 2 ** 63, -2 ** 63 - 1, (2 ** 63) // -1, (-2 ** 63) // -1, -(-2 ** 63), abs(-2 ** 63))
print((2 ** 62) * 4, (2 ** 63 - 1) + 1, -(2 ** 63) - 1, (2 ** 64) >> 1, 1 << 63, (-1) << 63, (2 ** 63 - 1) * (2 ** 63 - 1), (-2 ** 63) % 7, (-2 ** 63) // 7, 9223372036854775807 % -2)
print(hash(2 ** 63), hash(-2 ** 63), hash(2 ** 64 + 5), hash(1e100), hash(-1.5), hash(float(2 ** 61)), hash(3.0) == hash(3), hash(complex(1, 2)), hash(True), hash((1, "a")) == hash((1, "a")))
print(complex(1e308, 1e308) * 2, abs(complex(3e307, 4e307)), complex("inf+nanj"), complex("-1E-3+2.5j"), complex(1, -0.0), -complex(0, 0), complex(0.0, -0.0) == 0, (1 + 2j) ** 3, (2j) ** 0.5)
try: abs(complex(1e308, 1e308))
except OverflowError as e: print("OverflowError:", e)
try: complex(1, 1) ** 10000
except OverflowError as e: print("OverflowError:", e)
print(divmod(10 ** 20, -7), divmod(-(10 ** 20), 7), (10 ** 20) % -7.5, 10 ** 20 // 7.5, pow(10 ** 20, 3, 10 ** 9 + 9), pow(-(10 ** 20), 3, -97), pow(123, -1, 10 ** 20 + 39))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True), (-1).to_bytes(16, "little", signed=True), (2 ** 127).to_bytes(17, "big"), int.from_bytes([1, 2], "big"), int.from_bytes(b"", "big"))
try: (2 ** 127).to_bytes(16, "big", signed=True)
except OverflowError as e: print("OverflowError:", e)
print((10 ** 20).bit_length(), (-(2 ** 100)).bit_count(), (10 ** 20).as_integer_ratio(), (-7).__floordiv__(2), (7).__rtruediv__(14), int.__pow__(2, 100, 7), (2 ** 100).__round__(-5), (2 ** 100).__format__(","))
