import sys
big = 10 ** 5000
for f in [lambda: str(big), lambda: repr(big), lambda: f"{big}", lambda: "%d" % big, lambda: format(big, ","), lambda: int("9" * 5000), lambda: int("9" * 5000, 16) > 0,
          lambda: hex(big)[:10], lambda: len(bin(big)), lambda: int(b"1" * 5000), lambda: float("9" * 5000), lambda: print(big), lambda: "{}".format(big), lambda: str(-big),
          lambda: int("1_" * 2500 + "1"), lambda: big.bit_length(), lambda: len(str(10**4299)), lambda: format(big, "x")[:5], lambda: "%x" % 255, lambda: int(" " + "1" * 4301 + " "),
          lambda: ascii(big), lambda: str(big // 10**800), lambda: int("0" * 5000), lambda: int("-" + "1" * 4301)]:
    try:
        r = f()
        print("ok", str(r)[:30])
    except ValueError as e:
        print("ValueError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
print(sys.int_info, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5001)
print(len(str(big)))
sys.set_int_max_str_digits(0)
print(len(str(10**20000)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
print(sys.flags.int_max_str_digits)
print(2 ** 0.5, 2 ** -1, (-2) ** 2, (-8) ** (1 / 3), 10 ** -300, 1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2)
print(1 / 3, 2 / 3, 0.1 + 0.2, 1.1 * 3, 1e16, 1e15, 123456789012345678.0, 0.000001, 0.0000001, -0.0, 1e100, float(2**53 + 1), 2**53 + 1.0)
print(round(2.675, 2), round(-0.5), round(0.5), round(1e20, -5), round(123.456, -1), round(5, 1), type(round(5.0)), round(float("nan"), 1))
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, 7.5 // 2, -7.5 % 2, divmod(-7, 2), divmod(7.5, -2), 2 ** 100 // 3 ** 40, -(2 ** 100) % 7)
print(int(1e20), int(-2.9), int("  -0012  "), int("0o17", 0), int("z", 36), bool(0.0), bool(-0.0), abs(-0.0), hash(-1), hash(1.0) == hash(1), hash(2**61 - 1), hash(-2**61))
print((10**20).to_bytes(9, "big"), int.from_bytes(b"\xff\xfe", "little", signed=True), (255).bit_count(), (-5).bit_length(), (3).as_integer_ratio(), (0.75).as_integer_ratio(), (1.5).is_integer())
print(float.fromhex("0x1.8p1"), (3.5).hex(), float("1e-400"), float("-1e400"), 1e400 - 1e400, complex(1, float("inf")), (1+2j) ** 2, abs(3 + 4j), (1j) ** 2, complex("1e3-2.5j"))
